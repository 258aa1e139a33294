package fr.gouv.sante.jalons.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.apiaccess.ApiTokens;
import fr.gouv.sante.jalons.apiaccess.NewApiToken;
import fr.gouv.sante.jalons.apiaccess.TokenScope;
import fr.gouv.sante.jalons.signatory.SignatoryRegister;
import fr.gouv.sante.jalons.signatory.SignatoryRegister.SignatoryInput;
import fr.gouv.sante.jalons.signatory.SignatoryRegister.WithdrawalInput;
import fr.gouv.sante.jalons.support.ArchivedObjectives;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document describes the API as it is: every endpoint of the API and of the open-data
 * files that the application maps is in it, and every JSON answer (and a problem) is valid against
 * the schema the document gives it, read by a JSON Schema 2020-12 validator, the dialect of OpenAPI
 * 3.1. The data holds a withdrawn signatory and an archived roadmap's objective first, so that
 * nullable fields are seen both null and filled.
 */
@JalonsTest
class OpenApiTests {

    /** A real address for each templated path: a new templated endpoint must add one here. */
    private static final Map<String, String> SAMPLES = Map.of(
            "/api/v1/campaigns/{period}/reports/{code}", "/api/v1/campaigns/2025-S1/reports/3-1",
            "/api/v1/objectives/{code}", "/api/v1/objectives/7-3",
            "/api/v1/roadmaps/{slug}/objectives", "/api/v1/roadmaps/masante-2022/objectives",
            "/api/v1/roadmaps/{slug}/objectives/{code}",
                    "/api/v1/roadmaps/masante-2022/objectives/" + ArchivedObjectives.CODE);

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

    @Autowired
    ApiTokens tokens;

    @Autowired
    CampaignFixture campaign;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    HttpTestClient http;
    JsonNode document;
    String token;

    @BeforeEach
    void readTheDocument() {
        http = new HttpTestClient(port);
        new ArchivedObjectives(jdbc).add();
        CurrentUser admin = new TestUsers(jdbc, passwords).admin();
        register.add(
                admin, new SignatoryInput("Éditeur Décrit", "900000043", List.of("sanitaire"), "2023-06-01", "2023"));
        long withdrawn = register.add(
                admin, new SignatoryInput("Éditeur Parti", "900000068", List.of("social"), "2021-06-01", "2021"));
        register.withdraw(
                admin,
                withdrawn,
                new WithdrawalInput("2024-10-15", "Cession de l’activité"),
                jdbc.sql("select version from charter_signatory where id = ?")
                        .param(withdrawn)
                        .query(Long.class)
                        .single());
        campaign.open();
        token = tokens.create(
                        admin, new NewApiToken("Description", "ANS", TokenScope.SUBMIT, LocalDate.of(2025, 6, 30)))
                .secret();
        HttpResponse<String> answer = http.get("/api/v1/openapi.json");
        assertThat(answer.statusCode()).isEqualTo(200);
        document = json.readTree(answer.body());
    }

    @Test
    void theDocumentIsOpenApi31AndListsEveryEndpointTheApplicationMaps() {
        assertThat(document.get("openapi").asString()).startsWith("3.1.");
        assertThat(document.get("info").get("license").get("identifier").asString())
                .isEqualTo("etalab-2.0");

        TreeSet<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String path : info.getPatternValues()) {
                boolean api = path.startsWith("/api/v1/")
                        || path.startsWith("/opendata/")
                        || path.matches("/feuilles-de-route/\\{[a-z]+}/opendata/.*");
                if (api && !path.endsWith("/**") && !path.startsWith("/api/v1/openapi.json")) {
                    info.getMethodsCondition().getMethods().forEach(method -> mapped.add(method.name() + " " + path));
                }
            }
        }
        TreeSet<String> described = new TreeSet<>();
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .propertyNames()
                        .forEach(method -> described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));

        assertThat(mapped).hasSizeGreaterThanOrEqualTo(18);
        assertThat(described).containsExactlyElementsOf(mapped);
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    assertThat(operation.getValue().get("summary"))
                            .as(path.getKey())
                            .isNotNull();
                    assertThat(operation.getValue().get("tags"))
                            .as(path.getKey())
                            .isNotNull();
                }));
    }

    @Test
    void everyJsonAnswerIsValidAgainstTheSchemaTheDocumentGivesIt() {
        List<String> checked = new ArrayList<>();
        document.get("paths").properties().forEach(path -> {
            JsonNode schema = path.getValue()
                    .path("get")
                    .path("responses")
                    .path("200")
                    .path("content")
                    .path("application/json")
                    .path("schema");
            if (schema.isMissingNode() || (!schema.has("$ref") && !schema.has("items"))) {
                return; // a file (CSV, schema, package), read against its Table Schema elsewhere
            }
            String address = path.getKey().contains("{") ? SAMPLES.get(path.getKey()) : path.getKey();
            assertThat(address).as("a sample address for " + path.getKey()).isNotNull();
            HttpResponse<String> answer = address.startsWith("/api/v1/campaigns/")
                    ? http.get(address, "Authorization", "Bearer " + token)
                    : http.get(address);
            assertThat(answer.statusCode()).as(address).isEqualTo(200);
            assertThat(problems(schema, answer.body())).as(address).isEmpty();
            checked.add(address);
        });
        assertThat(checked)
                .contains(
                        "/api/v1/objectives",
                        "/api/v1/objectives/7-3",
                        "/api/v1/charter",
                        "/api/v1/charter/signatories",
                        "/api/v1/meetings",
                        "/api/v1/campaigns/2025-S1/reports/3-1",
                        "/api/v1/roadmaps/masante-2022/objectives/" + ArchivedObjectives.CODE)
                .hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void aProblemIsValidAgainstTheProblemSchemaAndAWrongAnswerIsCaught() {
        JsonNode notFound = document.get("paths")
                .get("/api/v1/objectives/{code}")
                .get("get")
                .get("responses")
                .get("404")
                .get("content")
                .get("application/problem+json")
                .get("schema");
        HttpResponse<String> answer = http.get("/api/v1/objectives/99-99");
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(problems(notFound, answer.body())).isEmpty();

        // the check is not blind: an answer whose code is a number, or without its title, is refused
        JsonNode objective = document.get("paths")
                .get("/api/v1/objectives/{code}")
                .get("get")
                .get("responses")
                .get("200")
                .get("content")
                .get("application/json")
                .get("schema");
        ObjectNode wrong =
                (ObjectNode) json.readTree(http.get("/api/v1/objectives/7-3").body());
        wrong.put("code", 73);
        wrong.remove("title");
        assertThat(problems(objective, wrong.toString())).hasSize(2);
    }

    @Test
    void theWriteOperationsNeedTheBearerTokenAndAnswerAsDescribed() throws Exception {
        assertThat(document.get("components")
                        .get("securitySchemes")
                        .get("jeton")
                        .get("scheme")
                        .asString())
                .isEqualTo("bearer");
        JsonNode report = document.get("paths").get("/api/v1/campaigns/{period}/reports/{code}");
        for (JsonNode operation : List.of(
                report.get("get"),
                report.get("put"),
                document.get("paths")
                        .get("/api/v1/campaigns/{period}/reports/{code}/submission")
                        .get("post"))) {
            assertThat(operation.get("security").toString()).isEqualTo("[{\"jeton\":[]}]");
        }
        JsonNode put = report.get("put");
        assertThat(put.get("parameters").toString()).contains("If-Match");
        assertThat(put.get("responses").propertyNames())
                .contains("200", "401", "403", "404", "409", "412", "422", "428", "429");

        // a write answered as described: the report, then a refusal naming its field
        long indicator = campaign.indicator("3-1");
        HttpResponse<String> saved = write(
                "{\"status\": \"ON_TRACK\", \"narrative\": \"Décrit.\", \"measurements\": [{\"indicatorId\": "
                        + indicator + ", \"value\": 12, \"date\": \"2025-02-01\", \"confirmed\": true}]}",
                "\"new\"");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(problems(
                        put.get("responses")
                                .get("200")
                                .get("content")
                                .get("application/json")
                                .get("schema"),
                        saved.body()))
                .isEmpty();
        HttpResponse<String> refused = write(
                "{\"narrative\": \"" + "x".repeat(5001) + "\"}",
                saved.headers().firstValue("ETag").orElseThrow());
        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode problem = document.get("components")
                .get("responses")
                .get("ChampsRefuses")
                .get("content")
                .get("application/problem+json")
                .get("schema");
        assertThat(problems(problem, refused.body())).isEmpty();
        assertThat(refused.body()).contains("\"pointer\":\"/narrative\"");
    }

    private HttpResponse<String> write(String body, String ifMatch) throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                        "http://localhost:" + port + "/api/v1/campaigns/2025-S1/reports/3-1"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .header("If-Match", ifMatch)
                                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theReadablePageListsTheDocumentsOperations() {
        String page = http.page("/api");
        assertThat(page)
                .contains(
                        "<h1>L’API de Jalons</h1>",
                        "href=\"/api/v1/openapi.json\"",
                        "GET /api/v1/objectives/{code}",
                        "Un objectif : jalons, historique de ses bilans publiés, indicateurs et mesures",
                        "GET /opendata/{table}.schema.json",
                        "404 Objectif inconnu",
                        "PUT /api/v1/campaigns/{period}/reports/{code}",
                        "Jeton d’API requis (Authorization: Bearer)",
                        "412 If-Match ne porte pas la version enregistrée : relire le point");
        document.get("paths").propertyNames().forEach(path -> assertThat(page).contains(path));
    }

    /**
     * The answer read against {@code schema}, with the document's components as {@code $defs} so that
     * its references resolve on their own.
     */
    private List<String> problems(JsonNode schema, String body) {
        ObjectNode standalone =
                (ObjectNode) json.readTree(schema.toString().replace("#/components/schemas/", "#/$defs/"));
        standalone.set(
                "$defs",
                json.readTree(document.get("components")
                        .get("schemas")
                        .toString()
                        .replace("#/components/schemas/", "#/$defs/")));
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(standalone.toString())
                .validate(body, InputFormat.JSON)
                .stream()
                .map(Error::toString)
                .toList();
    }
}
