package fr.gouv.sante.jalons.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.ProgressReview;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the public sees changes when, and only when, a period is published: drafts and validated
 * reports stay hidden until then, the cache is evicted by the publication, and the home page then
 * says what changed.
 */
@JalonsTest
class PublicationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReview review;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    HttpTestClient http;
    CurrentUser admin;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        admin = users.admin();
        campaign.open();
        // 7-3 becomes achieved with a new CDRi figure, 1-1 becomes at risk
        campaign.submitted(
                users.editor("DGOS"),
                "7-3",
                ProgressStatus.ACHIEVED,
                "Cibles CDRi et ROC atteintes.",
                campaign.measurement("7-3", "1250", LocalDate.of(2025, 5, 31)));
        campaign.submitted(users.editor("CNAM"), "1-1", ProgressStatus.AT_RISK, "Baisse des envois des laboratoires.");
    }

    private void validate(String code) {
        campaign.validated(code);
    }

    @Test
    void draftsAndValidatedReportsAreNeverShownBeforePublication() {
        validate("7-3");
        assertThat(http.get("/").body()).contains("2e semestre 2024").doesNotContain("1er semestre 2025");
        assertThat(http.get("/objectifs/7-3").body()).doesNotContain("Cibles CDRi et ROC atteintes", "1\u202f250");
        assertThat(http.get("/objectifs?q=laboratoires").body()).doesNotContain("Baisse des envois");
        assertThat(http.get("/api/v1/objectives/7-3").body())
                .contains("\"status\":\"AT_RISK\"")
                .doesNotContain("2025-S1", "1250");
    }

    @Test
    void theHomePageListsTheFirstTwentyChangesAndLinksTheBilansPageOfChangesForTheRest() {
        // every other objective of the current roadmap reported late by its first lead organisation
        List<Map<String, Object>> objectives = jdbc.sql("""
                        select o.code, g.acronym from objective o join roadmap r on r.id = o.roadmap_id
                        join objective_owner w on w.objective_id = o.id
                        join organisation g on g.id = w.organisation_id
                        where r.state = 'CURRENT' and o.code not in ('7-3', '1-1')
                          and w.position = (select min(position) from objective_owner x where x.objective_id = o.id)
                        order by o.code""").query().listOfRows();
        for (Map<String, Object> objective : objectives) {
            campaign.validated(
                    users.editor((String) objective.get("acronym")),
                    (String) objective.get("code"),
                    ProgressStatus.LATE,
                    "Retard constaté au semestre.");
        }
        campaign.published();

        String home = http.get("/").body();
        String moves = home.substring(home.indexOf("Changements de statut"));
        assertThat(moves.split("<tr>", -1).length - 2)
                .as("rows of the moves' table")
                .isEqualTo(20);
        assertThat(home)
                .contains("Les 20 premiers sont listés ici : voir les ")
                .contains("href=\"/bilans/2025-S1/evolutions\"");
        String changes = http.get("/bilans/2025-S1/evolutions").body();
        assertThat(changes.split("Statut au 1er semestre 2025", -1).length).isGreaterThan(1);
    }

    @Test
    void publishingAPeriodSwitchesThePublicPictureAtOnce() {
        validate("7-3");
        validate("1-1");
        assertThat(http.get("/").body()).contains("2e semestre 2024");
        assertThat(review.publish(admin, campaign.periodVersion())).isEqualTo(2);

        String home = http.get("/").body();
        assertThat(home).contains("Dernier bilan publié : 1er semestre 2025, publié le 15 janvier 2025.");
        assertThat(home).contains("Évolutions entre le bilan du 2e semestre 2024 et celui du 1er semestre 2025.");
        assertThat(home).contains("Objectifs nouvellement atteints", "7-3 — Simplification et digitalisation");
        assertThat(home).contains("Changements de statut", "1-1 — Alimentation de Mon espace santé");

        String objective = http.get("/objectifs/7-3").body();
        assertThat(objective)
                .contains(
                        "Cibles CDRi et ROC atteintes.",
                        "1er semestre 2025",
                        "2e semestre 2024",
                        "1\u202f250 établissements");
        assertThat(objective).doesNotContain("Échéance dépassée");
        assertThat(http.get("/api/v1/objectives/7-3").body())
                .contains("\"status\":\"ACHIEVED\"", "\"statusPeriod\":\"2025-S1\"", "\"value\":1250");
    }

    @Test
    void aReportThatWasNotValidatedStaysPrivateAfterPublication() {
        validate("7-3");
        assertThat(review.publish(admin, campaign.periodVersion())).isEqualTo(1);
        assertThat(http.get("/objectifs/1-1").body()).doesNotContain("Baisse des envois");
        assertThat(http.get("/api/v1/objectives/1-1").body()).contains("\"statusPeriod\":\"2024-S2\"");
    }

    @Test
    void aCorrectionIsANewRevisionWithItsReasonAndTheFirstStaysInTheHistory() {
        campaign.corrected(
                "3-1",
                "2024-S2",
                ProgressStatus.AT_RISK,
                "À date, 36 applications sont référencées. Aucun éditeur avec échange de données.",
                "Erreur de statut signalée par l'ANS");

        String page = http.get("/objectifs/3-1").body();
        assertThat(page)
                .contains(
                        "Aucun éditeur avec échange de données",
                        "Erreur de statut signalée par l&#39;ANS",
                        "Version précédente");
        assertThat(http.get("/api/v1/objectives/3-1").body()).contains("\"status\":\"AT_RISK\"", "\"revision\":2");
        assertThat(jdbc.sql("select count(*) from published_revision v join progress_report r on r.id = v.report_id "
                                + "join objective o on o.id = r.objective_id where o.code = '3-1'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }
}
