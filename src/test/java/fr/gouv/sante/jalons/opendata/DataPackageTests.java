package fr.gouv.sante.jalons.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.signatory.SignatoryRegister;
import fr.gouv.sante.jalons.signatory.SignatoryRegister.ReinstatementInput;
import fr.gouv.sante.jalons.signatory.SignatoryRegister.SignatoryInput;
import fr.gouv.sante.jalons.signatory.SignatoryRegister.WithdrawalInput;
import fr.gouv.sante.jalons.support.ArchivedObjectives;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every CSV the data package lists is read against its Table Schema: the header names the schema's
 * fields in their order, and each cell has the field's type and meets its constraints (required,
 * unique, enum, pattern, minimum, maxLength). The data holds a row of every kind first, so that no
 * column is checked only while empty.
 */
@JalonsTest
class DataPackageTests {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    SignatoryRegister register;

    HttpTestClient http;

    @BeforeEach
    void signatoriesAndAnArchivedRoadmapsObjective() {
        http = new HttpTestClient(port);
        new ArchivedObjectives(jdbc).add();
        CurrentUser admin = new TestUsers(jdbc, passwords).admin();
        register.add(
                admin,
                new SignatoryInput(
                        "=Éditeur, dont le nom commence par un signe",
                        "900000019",
                        List.of("sanitaire", "social"),
                        "2023-06-01",
                        "2023"));
        long reinstated = register.add(
                admin,
                new SignatoryInput("Éditeur Réintégré", "900000027", List.of("medico-social"), "2023-09-01", "2023"));
        register.withdraw(
                admin, reinstated, new WithdrawalInput("2024-06-03", "Fin d’activité annoncée"), versionOf(reinstated));
        register.reinstate(
                admin,
                reinstated,
                new ReinstatementInput("2024-09-02", "Reprise de l’activité"),
                versionOf(reinstated));
        long withdrawn = register.add(
                admin, new SignatoryInput("Éditeur Retiré", "900000035", List.of("social"), "2021-06-01", "2021"));
        register.withdraw(
                admin, withdrawn, new WithdrawalInput("2024-10-15", "Cession de l’activité"), versionOf(withdrawn));
    }

    @Test
    void everyCsvOfThePackageMatchesItsTableSchema() throws IOException {
        HttpResponse<String> answer = http.get("/opendata/datapackage.json");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        JsonNode descriptor = json.readTree(answer.body());
        assertThat(descriptor.get("profile").asString()).isEqualTo("tabular-data-package");
        assertThat(descriptor.get("licenses").get(0).get("name").asString()).isEqualTo("etalab-2.0");

        List<String> names = new ArrayList<>();
        for (JsonNode resource : descriptor.get("resources")) {
            names.add(resource.get("name").asString());
            assertThat(resource.get("format").asString()).isEqualTo("csv");
            JsonNode schema = json.readTree(
                    http.page("/opendata/" + resource.get("schema").asString()));
            String path = resource.get("path").asString();
            String csv = http.page(path.startsWith("http") ? URI.create(path).getRawPath() : "/opendata/" + path);
            List<String> problems = new TableSchema(schema).problems(csv);
            assertThat(problems).as(path).isEmpty();
            assertThat(rows(csv)).as(path + " has rows to check").isNotEmpty();
        }
        assertThat(names)
                .containsExactly(
                        "objectives",
                        "measurements",
                        "meetings",
                        "charter-signatories",
                        "roadmap-masante-2022-objectives");
    }

    @Test
    void theSchemaCheckFindsACellThatBreaksIt() throws IOException {
        TableSchema objectives = new TableSchema(json.readTree(http.page("/opendata/objectives.schema.json")));
        String csv = http.page("/opendata/objectives.csv");
        assertThat(objectives.problems(csv)).isEmpty();

        assertThat(objectives.problems(csv.replaceFirst(",ON_TRACK,", ",EN_BONNE_VOIE,")))
                .singleElement()
                .asString()
                .contains("status", "EN_BONNE_VOIE");
        assertThat(objectives.problems(csv.replaceFirst("^code,title", "code,titre")))
                .singleElement()
                .asString()
                .contains("header");
        assertThat(objectives.problems(csv.replaceFirst(",2026-12-31,", ",fin 2026,")))
                .singleElement()
                .asString()
                .contains("deadline");
    }

    @Test
    void anUnknownSchemaIsAProblemDocument() {
        HttpResponse<String> answer = http.get("/opendata/nothing.schema.json");
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
    }

    private long versionOf(long id) {
        return jdbc.sql("select version from charter_signatory where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private static List<CSVRecord> rows(String csv) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
    }

    /** The parts of the Table Schema specification the project's schemas use, read strictly. */
    private record TableSchema(JsonNode schema) {

        List<String> problems(String csv) throws IOException {
            List<String> problems = new ArrayList<>();
            List<CSVRecord> records = CSVFormat.RFC4180
                    .builder()
                    .get()
                    .parse(new StringReader(csv))
                    .getRecords();
            List<String> expected = new ArrayList<>();
            schema.get("fields").forEach(field -> expected.add(field.get("name").asString()));
            if (!records.get(0).toList().equals(expected)) {
                problems.add("header " + records.get(0).toList() + " is not " + expected);
                return problems;
            }
            List<Set<String>> seen = new ArrayList<>();
            expected.forEach(name -> seen.add(new HashSet<>()));
            for (CSVRecord row : records.subList(1, records.size())) {
                if (row.size() != expected.size()) {
                    problems.add("line " + row.getRecordNumber() + " has " + row.size() + " cells");
                    continue;
                }
                for (int i = 0; i < expected.size(); i++) {
                    String problem = check(schema.get("fields").get(i), row.get(i), seen.get(i));
                    if (problem != null) {
                        problems.add("line " + row.getRecordNumber() + ", " + expected.get(i) + " = «" + row.get(i)
                                + "»: " + problem);
                    }
                }
            }
            return problems;
        }

        private static String check(JsonNode field, String cell, Set<String> seen) {
            JsonNode constraints = field.path("constraints");
            if (cell.isEmpty()) {
                return constraints.path("required").asBoolean(false) ? "required" : null;
            }
            if (constraints.path("unique").asBoolean(false) && !seen.add(cell)) {
                return "not unique";
            }
            String typeProblem = type(field, cell);
            if (typeProblem != null) {
                return typeProblem;
            }
            if (constraints.has("enum")) {
                List<String> allowed = new ArrayList<>();
                constraints.get("enum").forEach(value -> allowed.add(value.asString()));
                if (!allowed.contains(cell)) {
                    return "not one of " + allowed;
                }
            }
            if (constraints.has("pattern")
                    && !cell.matches(constraints.get("pattern").asString())) {
                return "does not match " + constraints.get("pattern").asString();
            }
            if (constraints.has("minimum")
                    && new BigDecimal(cell)
                                    .compareTo(new BigDecimal(
                                            constraints.get("minimum").asString()))
                            < 0) {
                return "under the minimum";
            }
            if (constraints.has("maxLength")
                    && cell.length() > constraints.get("maxLength").asInt()) {
                return "too long";
            }
            return null;
        }

        private static String type(JsonNode field, String cell) {
            try {
                switch (field.get("type").asString()) {
                    case "string" -> {
                        if ("uri".equals(field.path("format").asString(null))) {
                            URI uri = URI.create(cell);
                            if (!uri.isAbsolute()) {
                                return "not an absolute URI";
                            }
                        }
                    }
                    case "integer" -> Long.parseLong(cell);
                    case "number" -> new BigDecimal(cell);
                    case "boolean" -> {
                        List<String> values = new ArrayList<>();
                        field.get("trueValues").forEach(value -> values.add(value.asString()));
                        field.get("falseValues").forEach(value -> values.add(value.asString()));
                        if (!values.contains(cell)) {
                            return "not a boolean";
                        }
                    }
                    case "date" -> LocalDate.parse(cell);
                    case "datetime" -> OffsetDateTime.parse(cell);
                    default -> {
                        return "type " + field.get("type").asString() + " is not read by this check";
                    }
                }
            } catch (DateTimeParseException | IllegalArgumentException e) {
                return "not a " + field.get("type").asString();
            }
            return null;
        }
    }
}
