package fr.gouv.sante.jalons.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@JalonsTest
class OpenDataApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    HttpTestClient http;

    @BeforeEach
    void client() {
        http = new HttpTestClient(port);
    }

    private JsonNode getJson(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/json");
        return json.readTree(response.body());
    }

    @Test
    void listsTheSixtyFiveObjectivesInRoadmapOrder() {
        JsonNode objectives = getJson("/api/v1/objectives");
        assertThat(objectives.size()).isEqualTo(65);
        List<String> codes = new ArrayList<>();
        objectives.forEach(objective -> codes.add(objective.get("code").asString()));
        assertThat(codes).startsWith("1-1", "1-2", "1-3", "1-4", "2-1").endsWith("18-3", "18-4");
        assertThat(codes.indexOf("9-3")).isLessThan(codes.indexOf("10-1"));

        JsonNode first = objectives.get(0);
        assertThat(first.get("title").asString()).isEqualTo("Alimentation de Mon espace santé");
        assertThat(first.get("target").asString()).startsWith("Atteindre un rythme de 250 millions");
        assertThat(first.get("deadline").asString()).isEqualTo("2026-12-31");
        assertThat(first.get("axis").get("number").asInt()).isEqualTo(1);
        assertThat(first.get("axis").get("name").asString()).isEqualTo("Prévention");
        assertThat(first.get("priority").get("number").asInt()).isEqualTo(1);
        assertThat(first.get("priority").get("title").asString())
                .isEqualTo("Utiliser Mon espace santé au quotidien pour gérer sa santé");
        assertThat(first.get("owners").toString()).isEqualTo("[\"DNS\",\"CNAM\",\"ANS\"]");
        assertThat(first.get("status").asString()).isEqualTo("ON_TRACK");
        assertThat(first.get("statusPeriod").asString()).isEqualTo("2024-S2");
        objectives.forEach(objective -> {
            assertThat(objective.get("owners").size()).isPositive();
            assertThat(objective.get("status").asString())
                    .isIn("ACHIEVED", "ON_TRACK", "AT_RISK", "LATE", "NOT_STARTED");
        });
    }

    @Test
    void oneObjectiveCarriesItsReportsAndItsIndicators() {
        JsonNode objective = getJson("/api/v1/objectives/3-1");
        assertThat(objective.get("code").asString()).isEqualTo("3-1");
        assertThat(objective.get("owners").toString()).isEqualTo("[\"GIE SESAM-Vitale\",\"ANS\",\"CNAM\",\"DNS\"]");
        JsonNode report = objective.get("reports").get(0);
        assertThat(report.get("period").asString()).isEqualTo("2024-S2");
        assertThat(report.get("status").asString())
                .isEqualTo(objective.get("status").asString());
        assertThat(report.get("text").asString()).startsWith("À date, 36 applications sont référencées");
        assertThat(report.get("publishedAt").asString()).isEqualTo("2024-12");
        JsonNode indicator = objective.get("indicators").get(0);
        assertThat(indicator.get("unit").asString()).isEqualTo("applications");
        assertThat(indicator.get("targets").get(0).get("value").asString()).isEqualTo("50");
        assertThat(indicator.get("targets").get(0).get("date").asString()).isEqualTo("2026-12-31");
        assertThat(indicator.get("measurements").get(0).get("value").asString()).isEqualTo("36");
        assertThat(indicator.get("measurements").get(0).get("source").asString())
                .contains("36 applications");

        JsonNode sevenThree = getJson("/api/v1/objectives/7-3");
        List<String> values = new ArrayList<>();
        sevenThree
                .get("indicators")
                .forEach(i -> i.get("measurements")
                        .forEach(m -> values.add(m.get("value").asString())));
        assertThat(values).contains("1134", "510");
        JsonNode oneOne =
                getJson("/api/v1/objectives/1-1").get("indicators").get(0).get("targets");
        assertThat(oneOne.get(0).get("value").asString()).isEqualTo("250000000");
        assertThat(oneOne.get(1).get("value").asString()).isEqualTo("400000000");
    }

    @Test
    void axesListTheirPrioritiesAndObjectiveCodes() {
        JsonNode axes = getJson("/api/v1/axes");
        assertThat(axes.size()).isEqualTo(4);
        JsonNode access = axes.get(2);
        assertThat(access.get("name").asString()).isEqualTo("Accès à la santé");
        assertThat(access.get("priorities").size()).isEqualTo(4);
        assertThat(access.get("priorities").get(3).get("objectives").toString()).isEqualTo("[\"14-1\",\"14-2\"]");
        int objectives = 0;
        for (JsonNode axis : axes) {
            for (JsonNode priority : axis.get("priorities")) {
                objectives += priority.get("objectives").size();
            }
        }
        assertThat(objectives).isEqualTo(65);
    }

    @Test
    void organisationsListTheObjectivesTheyLead() {
        JsonNode organisations = getJson("/api/v1/organisations");
        assertThat(organisations.size()).isEqualTo(27);
        JsonNode pdsEntry = null;
        for (JsonNode organisation : organisations) {
            if (organisation.get("acronym").asString().equals("PDS")) {
                pdsEntry = organisation;
            }
        }
        assertThat(pdsEntry).isNotNull();
        assertThat(pdsEntry.get("name").asString()).isEqualTo("Plateforme des données de santé");
        assertThat(pdsEntry.get("objectives").toString()).isEqualTo("[\"18-1\",\"18-2\",\"18-3\"]");
        assertThat(pdsEntry.get("piloted").toString())
                .as("no pilot is documented")
                .isEqualTo("[]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"99-99", "1-9", "19-1"})
    void anUnknownCodeIsA404Problem(String code) {
        HttpResponse<String> response = http.get("/api/v1/objectives/" + code);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("title").asString()).isEqualTo("Objectif introuvable");
        assertThat(problem.get("detail").asString()).contains(code);
    }

    static List<String> malformedCodes() {
        return List.of("abc", "1-1-1", "0-1", "1_1", "%3Cscript%3E", "1-1%20", "x".repeat(3000));
    }

    @ParameterizedTest
    @MethodSource("malformedCodes")
    void aMalformedCodeIsA400Problem(String code) {
        HttpResponse<String> response = http.get("/api/v1/objectives/" + code);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("title").asString()).isEqualTo("Code d'objectif mal formé");
        assertThat(problem.get("detail").asString()).contains("priorité-numéro");
        assertThat(response.body()).doesNotContain("Exception", "at fr.gouv");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/api/v1/nope", "/api/v2/objectives", "/api/v1/objectives/1-1/reports", "/opendata/nope.csv"})
    void anUnknownAddressUnderTheApiIsA404Problem(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/problem+json");
        assertThat(json.readTree(response.body()).get("title").asString()).isEqualTo("Ressource introuvable");
    }

    @Test
    void anotherMethodIsAProblemToo() {
        HttpResponse<String> response = http.get("/api/v1/objectives", "Accept", "application/xml");
        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.body()).doesNotContain("Exception");
    }
}
