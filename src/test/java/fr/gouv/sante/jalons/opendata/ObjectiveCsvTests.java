package fr.gouv.sante.jalons.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@JalonsTest
class ObjectiveCsvTests {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Test
    void theCsvSaysExactlyWhatTheJsonSays() throws IOException {
        HttpTestClient http = new HttpTestClient(port);
        HttpResponse<String> csv = http.get("/opendata/objectives.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .isEqualToIgnoringCase("text/csv;charset=UTF-8");
        JsonNode objectives = json.readTree(http.get("/api/v1/objectives").body());

        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.body()))
                .getRecords();
        assertThat(records).hasSize(objectives.size()).hasSize(65);
        for (int i = 0; i < records.size(); i++) {
            CSVRecord row = records.get(i);
            JsonNode objective = objectives.get(i);
            assertThat(row.get("code")).isEqualTo(objective.get("code").asString());
            assertThat(row.get("title")).isEqualTo(objective.get("title").asString());
            assertThat(row.get("target")).isEqualTo(objective.get("target").asString());
            assertThat(row.get("deadline")).isEqualTo(objective.get("deadline").asString());
            assertThat(row.get("axis_number"))
                    .isEqualTo(objective.get("axis").get("number").asString());
            assertThat(row.get("axis_name"))
                    .isEqualTo(objective.get("axis").get("name").asString());
            assertThat(row.get("priority_number"))
                    .isEqualTo(objective.get("priority").get("number").asString());
            assertThat(row.get("priority_title"))
                    .isEqualTo(objective.get("priority").get("title").asString());
            List<String> owners = new ArrayList<>();
            objective.get("owners").forEach(owner -> owners.add(owner.asString()));
            assertThat(row.get("owners").split(" \\| ")).containsExactlyElementsOf(owners);
            assertThat(row.get("status")).isEqualTo(objective.get("status").asString());
            assertThat(row.get("status_period"))
                    .isEqualTo(objective.get("statusPeriod").asString());
        }
        // a title with a comma is quoted, not split
        assertThat(csv.body()).contains("\"Talents du numérique, vous aimez la santé\"");
    }

    @Test
    void theCsvOfAFilteredListHoldsExactlyItsRowsInItsOrder() throws IOException {
        HttpTestClient http = new HttpTestClient(port);
        assertThat(codes(http.get("/opendata/objectives.csv?organisation=pds&tri=echeance")))
                .containsExactly("18-1", "18-3", "18-2");
        assertThat(codes(http.get("/opendata/objectives.csv?axe=4&statut=en-retard")))
                .containsExactly("16-1", "16-4", "17-1", "18-1");
        assertThat(codes(http.get("/opendata/objectives.csv?q=ordonnance")))
                .contains("1-2", "8-4")
                .hasSizeLessThan(65);
        // a value that means nothing is ignored, as on the page
        assertThat(codes(http.get("/opendata/objectives.csv?statut=fini"))).hasSize(65);
        assertThat(codes(http.get("/opendata/objectives.csv"))).hasSize(65);
    }

    private static List<String> codes(HttpResponse<String> csv) throws IOException {
        assertThat(csv.statusCode()).isEqualTo(200);
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.body()))
                .getRecords()
                .stream()
                .map(row -> row.get("code"))
                .toList();
    }
}
