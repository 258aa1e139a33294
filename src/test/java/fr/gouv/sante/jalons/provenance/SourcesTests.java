package fr.gouv.sante.jalons.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public record names where its reference data and each status come from. */
@JalonsTest
class SourcesTests {

    static final String REPORT_2024_12 = "point-avancement-2024-12";
    static final String LAUNCH = "lancement-feuille-de-route-2023-05-17";
    static final String MASANTE_2022 = "communique-masante-2022-2019";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    HttpTestClient http;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
    }

    private JsonNode api(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void theSourcesPageListsTheDocumentsAsTheyStateThemselves() {
        String sources = http.page("/sources");
        assertThat(sources)
                .contains(
                        "<h1>Sources des données</h1>",
                        "id=\"" + LAUNCH + "\"",
                        "Lancement de la Feuille de route du numérique en santé 2023-2027",
                        "17 mai 2023",
                        "id=\"" + REPORT_2024_12 + "\"",
                        "décembre 2024",
                        "Ce qui en a été repris",
                        "Les 4 axes de la feuille de route",
                        "les 65 objectifs",
                        "id=\"" + MASANTE_2022 + "\"",
                        "Virage numérique #MaSanté2022 : une feuille de route qui suit son cap",
                        "ses 26 actions",
                        "Saisies dans Jalons");
        // no text names its publisher, the December 2024 one has no title and no printed date, and the
        // charter's text has no title, no publisher and no date at all
        assertThat(sources.split("Non indiqué dans le document", -1)).hasSize(8);
        // the #MaSanté2022 press release prints no date: its year only, and how it was established
        assertThat(sources).contains("après le mardi 1er octobre 2019").doesNotContain("octobre 2019</span>");
        assertThat(sources).doesNotContain("31 décembre 2024");

        assertThat(http.page("/")).contains("href=\"/sources\"");
        assertThat(http.page("/donnees-ouvertes")).contains("href=\"/sources\"");
    }

    @Test
    void everyObjectiveNamesTheDocumentOfItsStructureAndOfItsStatus() {
        JsonNode detail = api("/api/v1/objectives/7-3");
        JsonNode sources = detail.get("sources");
        assertThat(sources.size()).isEqualTo(2);
        assertThat(sources.get(0).get("about").asString()).isEqualTo("STRUCTURE");
        assertThat(sources.get(0).get("document").asString()).isEqualTo(REPORT_2024_12);
        assertThat(sources.get(0).get("text").asString())
                .isEqualTo("Point d’avancement de la feuille de route du numérique en santé 2023-2027, "
                        + "objectif par objectif (diapositives), décembre 2024");
        assertThat(sources.get(1).get("about").asString()).isEqualTo("STATUS");
        assertThat(sources.get(1).get("period").asString()).isEqualTo("2024-S2");
        assertThat(sources.get(1).get("document").asString()).isEqualTo(REPORT_2024_12);

        api("/api/v1/objectives").forEach(objective -> {
            assertThat(objective.get("sources").size())
                    .as(objective.get("code").asString())
                    .isEqualTo(2);
            assertThat(objective.get("sources").get(1).get("document").asString())
                    .isEqualTo(REPORT_2024_12);
        });

        assertThat(http.page("/objectifs/1-1"))
                .contains(
                        "<h2 class=\"fr-h3\">Sources</h2>",
                        "Intitulé, cible, échéance, organisations porteuses et indicateurs :",
                        "Statut et point d’avancement du 2e semestre 2024 :",
                        "href=\"/sources#" + REPORT_2024_12 + "\"");
    }

    @Test
    void aReportEnteredInACampaignHasTheCampaignAsItsSource() {
        CurrentUser ans = users.editor("ANS");
        campaign.open().submitted(ans, "6-3", ProgressStatus.ON_TRACK, "Saisi par l’ANS pendant la campagne.");
        campaign.validated("6-3");
        assertThat(campaign.published()).isEqualTo(1);

        Instant publishedAt =
                jdbc.sql("""
                        select v.published_at from published_revision v join progress_report r on r.id = v.report_id
                        join objective o on o.id = r.objective_id join reporting_period p on p.id = r.period_id
                        where o.code = '6-3' and p.code = ?""").param(CampaignFixture.PERIOD).query(Instant.class).single();
        LocalDate day = LocalDate.ofInstant(publishedAt, FrenchFormat.PARIS);
        String expected = "Saisi dans Jalons par ANS, validé et publié par la DNS le " + FrenchFormat.date(day);

        JsonNode status = api("/api/v1/objectives/6-3").get("sources").get(1);
        assertThat(status.get("about").asString()).isEqualTo("STATUS");
        assertThat(status.get("period").asString()).isEqualTo(CampaignFixture.PERIOD);
        assertThat(status.get("document").isNull()).isTrue();
        assertThat(status.get("enteredBy").asString()).isEqualTo("ANS");
        assertThat(status.get("publishedOn").asString()).isEqualTo(day.toString());
        assertThat(status.get("text").asString()).isEqualTo(expected);
        // its structure still comes from the document
        assertThat(api("/api/v1/objectives/6-3")
                        .get("sources")
                        .get(0)
                        .get("document")
                        .asString())
                .isEqualTo(REPORT_2024_12);
        assertThat(http.page("/objectifs/6-3"))
                .contains("Statut et point d’avancement du 1er semestre 2025 :", expected);
    }
}
