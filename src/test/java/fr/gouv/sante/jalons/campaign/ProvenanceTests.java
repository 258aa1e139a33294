package fr.gouv.sante.jalons.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public record says only what its sources say: which statuses were reconstructed, figures with
 * their qualifier, dates as precise as the document, and the DNS's confirmation of a status.
 */
@JalonsTest
class ProvenanceTests {

    private static final String RECONSTRUCTED = "reconstitué";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReview review;

    @Autowired
    TestUsers users;

    HttpTestClient http;

    @BeforeEach
    void client() {
        http = new HttpTestClient(port);
    }

    private JsonNode api(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    private String page(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return spaces(HtmlUtils.htmlUnescape(response.body()));
    }

    /** French numbers are grouped with narrow no-break spaces. */
    private static String spaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static List<JsonNode> measurements(JsonNode objective) {
        List<JsonNode> all = new ArrayList<>();
        objective.get("indicators").forEach(i -> i.get("measurements").forEach(all::add));
        return all;
    }

    private static JsonNode measurement(JsonNode objective, String value) {
        return measurements(objective).stream()
                .filter(m -> m.get("value").asString().equals(value))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no measurement of " + value));
    }

    @Test
    void figuresKeepTheQualifierAndThePrecisionOfTheirSource() {
        JsonNode ambassadors = measurement(api("/api/v1/objectives/4-1"), "3000");
        assertThat(ambassadors.get("qualifier").asString()).isEqualTo("AT_LEAST");
        assertThat(ambassadors.get("datePrecision").asString()).isEqualTo("PERIOD");
        assertThat(ambassadors.get("date").isNull()).as("no invented day").isTrue();
        assertThat(spaces(ambassadors.get("label").asString()))
                .isEqualTo("plus de 3 000 ambassadeurs à la date du bilan de décembre 2024");

        assertThat(measurement(api("/api/v1/objectives/1-2"), "8500")
                        .get("qualifier")
                        .asString())
                .isEqualTo("INCREASE");

        JsonNode teleconsultation = measurement(api("/api/v1/objectives/12-1"), "29");
        assertThat(teleconsultation.get("datePrecision").asString()).isNotEqualTo("DAY");

        JsonNode cdri = measurement(api("/api/v1/objectives/7-3"), "1134");
        assertThat(cdri.get("datePrecision").asString()).isEqualTo("MONTH");
        assertThat(cdri.get("date").asString()).isEqualTo("2024-10");

        // "70 000 élèves seront formés" is a forecast, not a measurement
        assertThat(measurements(api("/api/v1/objectives/10-1")))
                .extracting(m -> m.get("value").asString())
                .doesNotContain("70000", "50");
    }

    @Test
    void theExportsWriteEachFigureWithItsQualifierAndPrecision() throws Exception {
        List<String> csv = http.get("/opendata/measurements.csv").body().lines().toList();
        assertThat(csv.get(0))
                .isEqualTo("objective_code,indicator,unit,value,qualifier,date,date_precision,period,label,source");
        assertThat(csv).hasSize(1 + 60);
        assertThat(csv)
                .anySatisfy(
                        line -> assertThat(line)
                                .startsWith(
                                        "4-1,Ambassadeurs du numérique en santé sur le territoire,ambassadeurs,3000,AT_LEAST,,PERIOD,"));
        assertThat(csv).anySatisfy(line -> assertThat(line).startsWith("7-3,").contains(",1134,EXACT,2024-10,MONTH,"));
        assertThat(csv).noneSatisfy(line -> assertThat(line).contains(",70000,"));

        java.net.http.HttpResponse<byte[]> xlsx = new WebSession(port).download("/opendata/jalons.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheet("Objectifs").getLastRowNum()).isEqualTo(65);
            assertThat(workbook.getSheet("Objectifs").getRow(0).getLastCellNum())
                    .isEqualTo((short) 18);
            assertThat(workbook.getSheet("Objectifs").getRow(1).getCell(14).getStringCellValue())
                    .isEqualTo("INFERRED");
            assertThat(workbook.getSheet("Mesures").getLastRowNum()).isEqualTo(60);
        }
    }

    @Test
    void theObjectivePageWritesFiguresAsTheDocumentDoes() {
        String fourOne = page("/objectifs/4-1");
        assertThat(fourOne).contains("plus de 3 000 ambassadeurs").doesNotContain("31 décembre 2024");
        // "+8 500" is an increase: it is not compared with a target and shows no percentage
        assertThat(page("/objectifs/1-2")).contains("+8 500 officines (hausse, pas un total)");
        // certified solutions are not the referenced services of the target: no 200 %
        assertThat(page("/objectifs/12-3")).doesNotContain("200 %");
        // 1-1: more than 360 million a year against 400 million: at least 90 %
        assertThat(page("/objectifs/1-1")).contains("au moins 90 %");
    }

    @Test
    void everyReconstructedStatusSaysSo() {
        JsonNode objectives = api("/api/v1/objectives");
        objectives.forEach(objective -> {
            assertThat(objective.get("statusPeriod").asString()).isEqualTo("2024-S2");
            assertThat(objective.get("statusBasis").asString())
                    .as(objective.get("code").asString())
                    .isEqualTo("INFERRED");
        });
        JsonNode sevenThree = api("/api/v1/objectives/7-3");
        assertThat(sevenThree.get("statusBasis").asString()).isEqualTo("INFERRED");
        JsonNode report = sevenThree.get("reports").get(0);
        assertThat(report.get("statusBasis").asString()).isEqualTo("INFERRED");
        // the December 2024 report gives a month, not a day
        assertThat(report.get("publishedAt").asString()).isEqualTo("2024-12");
        assertThat(report.get("publishedAtPrecision").asString()).isEqualTo("MONTH");

        assertThat(page("/objectifs/7-3"))
                .contains("Statut reconstitué d’après le texte du bilan")
                .contains("Publié en décembre 2024")
                .doesNotContain("Publié le 31 décembre 2024");
        assertThat(page("/")).contains("Dont 65 statuts reconstitués").contains("publié en décembre 2024");
        assertThat(http.get("/opendata/objectives.csv").body().lines().skip(1))
                // status_basis, then the themes, the deadline's precision and its label (last columns)
                .allSatisfy(line ->
                        assertThat(line).containsPattern(",INFERRED,[^,]*,(YEAR|QUARTER|SEMESTER|MONTH),[^,]+$"));
        assertThat(page("/methode")).contains("reconstitué");
    }

    @Test
    void theDnsConfirmsAReconstructedStatusOnOneScreen() {
        CurrentUser admin = users.admin();
        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        HttpResponse<String> screen = session.get("/admin/statuts-reconstitues");
        assertThat(screen.statusCode()).isEqualTo(200);
        String html = HtmlUtils.htmlUnescape(screen.body());
        assertThat(html).contains("65 statuts à confirmer", "name=\"decision.7-3.2024-S2\"");
        CorrectionFormView published = review.correction(admin, ObjectiveCode.parse("7-3"), "2024-S2");
        String status = published.status().name();
        long version = published.version();

        HttpResponse<String> decided = session.post(
                "/admin/statuts-reconstitues",
                true,
                "decision.7-3.2024-S2",
                status,
                "version.7-3.2024-S2",
                String.valueOf(version),
                "decision.1-1.2024-S2",
                "",
                "version.1-1.2024-S2",
                "0");
        assertThat(decided.statusCode()).isEqualTo(302);

        assertThat(api("/api/v1/objectives/7-3").get("statusBasis").asString()).isEqualTo("DOCUMENTED");
        assertThat(api("/api/v1/objectives/7-3").get("status").asString()).isEqualTo(status);
        assertThat(api("/api/v1/objectives/1-1").get("statusBasis").asString()).isEqualTo("INFERRED");
        String sevenThree = page("/objectifs/7-3");
        assertThat(sevenThree.substring(sevenThree.indexOf("<main"), sevenThree.indexOf("Historique")))
                .doesNotContain(RECONSTRUCTED);
        assertThat(sevenThree).contains("confirmé par la DNS");
        assertThat(page("/")).contains("Dont 64 statuts reconstitués");
        assertThat(jdbc.sql("""
                        select actor_label from audit_event
                        where action = 'STATUS_CONFIRMED' and objective_id = (select id from objective where code = '7-3')
                        order by id desc limit 1""").query(String.class).single()).contains(admin.displayName());
        String history = HtmlUtils.htmlUnescape(session.get("/admin/historique").body());
        assertThat(history).contains("confirmé par la DNS (il était reconstitué)");
        assertThat(history.substring(history.indexOf("confirmé par la DNS (il était reconstitué)")))
                .contains(admin.displayName());

        // the same screen sent again is stale: nothing changes, a clear message
        HttpResponse<String> again = session.post(
                "/admin/statuts-reconstitues",
                true,
                "decision.7-3.2024-S2",
                "LATE",
                "version.7-3.2024-S2",
                String.valueOf(version));
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(HtmlUtils.htmlUnescape(
                        session.get("/admin/statuts-reconstitues").body()))
                .contains("a changé depuis l’affichage de la page");
        assertThat(api("/api/v1/objectives/7-3").get("status").asString()).isEqualTo(status);
    }
}
