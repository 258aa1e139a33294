package fr.gouv.sante.jalons.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.NewMeasurement;
import fr.gouv.sante.jalons.campaign.ProgressReporting;
import fr.gouv.sante.jalons.campaign.ProgressReview;
import fr.gouv.sante.jalons.cluster.PublicCaches;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

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
    PasswordEncoder passwords;

    @Autowired
    ProgressReporting reporting;

    @Autowired
    ProgressReview review;

    @Autowired
    PublicCaches caches;

    HttpTestClient http;
    CurrentUser admin;
    CurrentUser dgos;
    CurrentUser cnam;
    CampaignFixture campaign;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        TestUsers users = new TestUsers(jdbc, passwords);
        admin = users.admin();
        dgos = users.editor("DGOS");
        cnam = users.editor("CNAM");
        caches.clear("test");
        campaign = new CampaignFixture(reporting, review, jdbc, admin).open();
        // 7-3 becomes achieved with a new CDRi figure, 1-1 becomes at risk
        long cdri = reporting
                .editor(dgos, ObjectiveCode.parse("7-3"))
                .indicators()
                .get(0)
                .id();
        campaign.submitted(
                dgos,
                "7-3",
                ProgressStatus.ACHIEVED,
                "Cibles CDRi et ROC atteintes.",
                new NewMeasurement(cdri, new BigDecimal("1250"), LocalDate.of(2025, 5, 31)));
        campaign.submitted(cnam, "1-1", ProgressStatus.AT_RISK, "Baisse des envois des laboratoires.");
    }

    @AfterEach
    void cleanUp() {
        campaign.cleanUp();
        caches.clear("test");
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
    void publishingAPeriodSwitchesThePublicPictureAtOnce() {
        validate("7-3");
        validate("1-1");
        assertThat(http.get("/").body()).contains("2e semestre 2024");
        long periodVersion = jdbc.sql("select version from reporting_period where code = '2025-S1'")
                .query(Long.class)
                .single();

        assertThat(review.publish(admin, periodVersion)).isEqualTo(2);

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
        long periodVersion = jdbc.sql("select version from reporting_period where code = '2025-S1'")
                .query(Long.class)
                .single();
        assertThat(review.publish(admin, periodVersion)).isEqualTo(1);
        assertThat(http.get("/objectifs/1-1").body()).doesNotContain("Baisse des envois");
        assertThat(http.get("/api/v1/objectives/1-1").body()).contains("\"statusPeriod\":\"2024-S2\"");
    }

    @Test
    void aCorrectionIsANewRevisionWithItsReasonAndTheFirstStaysInTheHistory() {
        long version = jdbc.sql("""
                select r.version from progress_report r join objective o on o.id = r.objective_id
                where o.code = '3-1'""").query(Long.class).single();
        review.correct(
                admin,
                ObjectiveCode.parse("3-1"),
                "2024-S2",
                ProgressStatus.AT_RISK,
                "À date, 36 applications sont référencées. Aucun éditeur avec échange de données.",
                "Erreur de statut signalée par l'ANS",
                version);

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
