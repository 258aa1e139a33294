package fr.gouv.sante.jalons.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.shared.Deadline;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.WebSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * No public output writes a day its source does not give: each deadline and dated milestone is shown
 * as precisely as the document states it ("d'ici fin 2024" is "fin 2024"), on the pages, in the API
 * and in the open-data files.
 */
@JalonsTest
class PublicDeadlinesTests {

    /** A day as the pages write one: "31 décembre 2024", "1er juin 2025". */
    private static final Pattern DAY = Pattern.compile(
            "\\b[0-9]{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) [0-9]{4}");

    /** The deadline in the objective page's facts. */
    private static final Pattern PAGE_DEADLINE =
            Pattern.compile("<dt>Échéance</dt>\\s*<dd>\\s*<(?:time|span)[^>]*>([^<]+)</(?:time|span)>");

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    HttpTestClient http;

    @BeforeEach
    void client() {
        http = new HttpTestClient(port);
    }

    /** The page as a reader sees it: entities decoded, French numbers' narrow spaces as spaces. */
    private String page(String path) {
        return http.page(path).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private JsonNode api(String path) {
        return json.readTree(http.get(path).body());
    }

    private static Set<String> days(String text) {
        Set<String> days = new LinkedHashSet<>();
        Matcher matcher = DAY.matcher(text.replace('\u00a0', ' '));
        while (matcher.find()) {
            days.add(matcher.group());
        }
        return days;
    }

    private static String deadlineOn(String page) {
        Matcher matcher = PAGE_DEADLINE.matcher(page);
        assertThat(matcher.find()).as("a deadline in the page's facts").isTrue();
        return matcher.group(1);
    }

    private static Deadline deadline(JsonNode objective) {
        return new Deadline(
                LocalDate.parse(objective.get("deadline").asString()),
                Deadline.Precision.valueOf(objective.get("deadlinePrecision").asString()));
    }

    /** The days an objective's own texts give: its target, and the narratives of its reports. */
    private Set<String> daysItsSourcesGive(String code) {
        Set<String> days = new HashSet<>(days(jdbc.sql("select target from objective where code = ?")
                .param(code)
                .query(String.class)
                .single()));
        jdbc.sql("""
                        select r.narrative from progress_report r join objective o on o.id = r.objective_id
                        where o.code = ?""").param(code).query(String.class).list().forEach(narrative -> days.addAll(days(narrative)));
        return days;
    }

    @Test
    void theObjectivePageOfSevenThreeSaysFinTwentyFourAndNoDay() {
        String page = page("/objectifs/7-3");
        assertThat(deadlineOn(page)).isEqualTo("fin 2024");
        assertThat(page)
                .contains("<time datetime=\"2024\">fin 2024</time>", "cible 1 200 établissements fin 2024")
                .doesNotContain("31 décembre 2024");
        // a quarter has no HTML date form: its label stands alone
        assertThat(deadlineOn(page("/objectifs/5-2"))).isEqualTo("1er trimestre 2024");
        assertThat(page("/objectifs/5-2")).contains("<span>1er trimestre 2024</span>");
    }

    @Test
    void everyObjectivePageWritesItsDeadlineAsItsSourceAndNoDayTheSourceDoesNotGive() {
        JsonNode objectives = api("/api/v1/objectives");
        assertThat(objectives.size()).isEqualTo(65);
        for (JsonNode objective : objectives) {
            String code = objective.get("code").asString();
            Deadline deadline = deadline(objective);
            String label = FrenchFormat.deadline(deadline);
            assertThat(objective.get("deadlineLabel").asString()).as(code).isEqualTo(label);
            String page = page("/objectifs/" + code);
            assertThat(deadlineOn(page)).as(code).isEqualTo(label);
            assertThat(days(page)).as(code + ": days on the page").isSubsetOf(daysItsSourcesGive(code));
        }
    }

    @Test
    void theListsShowNoDayAndSortAndFilterByTheEndOfEachPeriod() {
        String list = page("/objectifs");
        assertThat(days(list)).isEmpty();
        assertThat(list)
                .contains("1er trimestre 2024", "2e trimestre 2024", "1er semestre 2023", "juin 2026", "fin 2027");
        assertThat(days(page("/themes/medico-social"))).containsOnly("25 mai 2023");
        assertThat(days(page("/organisations/dgos"))).isEmpty();

        // "mi-2023" ends first, a first quarter of 2024 before the end of 2024
        String byDeadline = page("/objectifs?tri=echeance");
        assertThat(byDeadline.indexOf("/objectifs/15-1\"")).isLessThan(byDeadline.indexOf("/objectifs/7-1\""));
        assertThat(byDeadline.indexOf("/objectifs/5-2\"")).isLessThan(byDeadline.indexOf("/objectifs/7-3\""));
        // a quarter, a semester and a year of 2024 all fall in 2024
        assertThat(page("/objectifs?annee=2024"))
                .contains("/objectifs/5-2\"", "/objectifs/18-1\"", "/objectifs/7-3\"")
                .doesNotContain("/objectifs/15-1\"");
    }

    @Test
    void theApiKeepsTheDateAndAddsItsPrecisionAndItsLabel() {
        JsonNode sevenThree = api("/api/v1/objectives/7-3");
        assertThat(sevenThree.get("deadline").asString()).isEqualTo("2024-12-31");
        assertThat(sevenThree.get("deadlinePrecision").asString()).isEqualTo("YEAR");
        assertThat(sevenThree.get("deadlineLabel").asString()).isEqualTo("fin 2024");
        JsonNode milestone = sevenThree.get("milestones").get(0);
        assertThat(milestone.get("datePrecision").asString()).isEqualTo("YEAR");
        assertThat(milestone.get("dateLabel").asString()).isEqualTo("fin 2024");
        JsonNode target = sevenThree.get("indicators").get(0).get("targets").get(0);
        assertThat(target.get("date").asString()).isEqualTo("2024-12-31");
        assertThat(target.get("dateLabel").asString()).isEqualTo("fin 2024");

        JsonNode onePhaseTwo = api("/api/v1/objectives/1-2");
        assertThat(onePhaseTwo.get("milestones").get(0).get("dateLabel").asString())
                .isEqualTo("mai 2023");
        JsonNode fiveTwo = api("/api/v1/objectives/5-2");
        assertThat(fiveTwo.get("deadlinePrecision").asString()).isEqualTo("QUARTER");
        assertThat(fiveTwo.get("deadlineLabel").asString()).isEqualTo("1er trimestre 2024");
    }

    @Test
    void theOpenDataFilesEndWithTheDeadlinesPrecisionAndLabel() throws IOException {
        String body = http.get("/opendata/objectives.csv").body();
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(body))
                .getRecords();
        assertThat(body.lines().findFirst().orElseThrow())
                .endsWith(",status_basis,themes,deadline_precision,deadline_label");
        JsonNode objectives = api("/api/v1/objectives");
        assertThat(rows).hasSize(65);
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            JsonNode objective = objectives.get(i);
            assertThat(row.get("deadline_precision"))
                    .isEqualTo(objective.get("deadlinePrecision").asString());
            assertThat(row.get("deadline_label"))
                    .isEqualTo(objective.get("deadlineLabel").asString());
        }
        assertThat(body.lines().filter(line -> line.startsWith("7-3,")).findFirst())
                .get()
                .asString()
                .endsWith(",2024-S2,,INFERRED,,YEAR,fin 2024");

        byte[] xlsx = new WebSession(port).download("/opendata/jalons.xlsx").body();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Objectifs");
            Row header = sheet.getRow(0);
            assertThat(header.getLastCellNum()).isEqualTo((short) 18);
            assertThat(header.getCell(16).getStringCellValue()).isEqualTo("deadline_precision");
            Row first = sheet.getRow(1);
            // every header has its column: the themes too
            assertThat(first.getLastCellNum()).isEqualTo((short) 18);
            assertThat(first.getCell(16).getStringCellValue()).isEqualTo("YEAR");
            assertThat(first.getCell(17).getStringCellValue()).isEqualTo("fin 2026");
        }
    }
}
