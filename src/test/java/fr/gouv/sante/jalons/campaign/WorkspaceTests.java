package fr.gouv.sante.jalons.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.cluster.PublicCaches;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignCleanup;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** "Mes objectifs" and the read-only report as an organisation's editor sees them. */
@JalonsTest
class WorkspaceTests {

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

    CurrentUser admin;
    CurrentUser ans;
    CampaignFixture campaign;

    @BeforeEach
    void setUp() {
        new CampaignCleanup(jdbc).run();
        TestUsers users = new TestUsers(jdbc, passwords);
        admin = users.admin();
        ans = users.editor("ANS");
        campaign = new CampaignFixture(reporting, review, jdbc, admin);
    }

    @AfterEach
    void cleanUp() {
        new CampaignCleanup(jdbc).run();
        caches.clear("test");
    }

    /** The text of the table row of one objective in "Mes objectifs". */
    private static String row(String page, String code) {
        Matcher matcher = Pattern.compile("<tr>\\s*<td[^>]*>" + Pattern.quote(code) + "</td>(.*?)</tr>", Pattern.DOTALL)
                .matcher(page);
        assertThat(matcher.find()).as("row of %s", code).isTrue();
        return matcher.group(1);
    }

    @Test
    void withoutAnOpenCampaignNothingIsToDoAndNoObjectiveSaysPilotUnlessTheDnsDesignatedOne() {
        String page = WebSession.signedIn(port, ans.email(), TestUsers.PASSWORD)
                .get("/espace")
                .body();

        assertThat(page).contains("Aucune campagne de mise à jour n’est ouverte", "Rôle de votre organisation");
        assertThat(row(page, "6-3"))
                .contains("Pas de campagne ouverte", "Porteur")
                .doesNotContain("À faire", "Pilote");
        assertThat(row(page, "3-1")).contains("Porteur").doesNotContain("Pilote", "Co-porteur");
    }

    @Test
    void withAnOpenCampaignAnUntouchedObjectiveIsToDo() {
        campaign.open();
        String page = WebSession.signedIn(port, ans.email(), TestUsers.PASSWORD)
                .get("/espace")
                .body();
        assertThat(row(page, "6-3")).contains("À faire", "Porteur");
    }

    @Test
    void afterSubmittingTheReadOnlyReportStillShowsTheSubmittedMeasurements() {
        campaign.open();
        long indicator = jdbc.sql("select i.id from indicator i join objective o on o.id = i.objective_id "
                        + "where o.code = '3-1' order by i.position limit 1")
                .query(Long.class)
                .single();
        campaign.submitted(
                ans,
                "3-1",
                ProgressStatus.ON_TRACK,
                "Soumis.",
                new NewMeasurement(indicator, new BigDecimal("52"), LocalDate.of(2025, 6, 15)));

        String page = WebSession.signedIn(port, ans.email(), TestUsers.PASSWORD)
                .get("/espace/objectifs/3-1")
                .body();

        assertThat(page).contains("Mesures saisies pour le", "52 applications au 15 juin 2025");
    }

    private long version(String code) {
        return jdbc.sql("select r.version from progress_report r join objective o on o.id = r.objective_id "
                        + "join reporting_period p on p.id = r.period_id where o.code = ? and p.code = '2025-S1'")
                .param(code)
                .query(Long.class)
                .single();
    }

    private String state(String code) {
        return jdbc.sql("select r.state from progress_report r join objective o on o.id = r.objective_id "
                        + "join reporting_period p on p.id = r.period_id where o.code = ? and p.code = '2025-S1'")
                .param(code)
                .query(String.class)
                .single();
    }

    @Test
    void anEditorWithdrawsASubmittedReportBackToDraftBeforeItIsReviewed() {
        campaign.open();
        campaign.submitted(ans, "3-1", ProgressStatus.ON_TRACK, "Soumis trop tot.");
        long lastAuditId = jdbc.sql("select coalesce(max(id), 0) from audit_event")
                .query(Long.class)
                .single();
        WebSession session = WebSession.signedIn(port, ans.email(), TestUsers.PASSWORD);
        assertThat(session.get("/espace/objectifs/3-1").body()).contains("Retirer de la revue et revenir au brouillon");

        HttpResponse<String> response =
                session.post("/espace/objectifs/3-1/retrait", true, "version", String.valueOf(version("3-1")));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(state("3-1")).isEqualTo("DRAFT");
        String page = session.get("/espace/objectifs/3-1").body();
        assertThat(page).contains("Point d’avancement retiré de la revue", ">Soumis trop tot.</textarea>");
        // this test's withdrawal, not one left by an earlier run
        assertThat(jdbc.sql("select count(*) from audit_event where id > ? and action = 'WITHDRAWN' and actor_id = ?")
                        .params(lastAuditId, ans.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aReportAlreadyReviewedOrChangedSinceCannotBeWithdrawnAndOthersMayNotWithdrawIt() {
        campaign.open();
        campaign.submitted(ans, "3-1", ProgressStatus.ON_TRACK, "Soumis.");
        long submitted = version("3-1");
        CurrentUser dgos = new TestUsers(jdbc, passwords).editor("DGOS");
        WebSession other = WebSession.signedIn(port, dgos.email(), TestUsers.PASSWORD);
        other.get("/espace");
        assertThat(other.post("/espace/objectifs/3-1/retrait", true, "version", String.valueOf(submitted))
                        .statusCode())
                .isEqualTo(403);
        assertThat(state("3-1")).isEqualTo("SUBMITTED");

        review.validate(admin, ObjectiveCode.parse("3-1"), submitted);
        WebSession session = WebSession.signedIn(port, ans.email(), TestUsers.PASSWORD);
        assertThat(session.get("/espace/objectifs/3-1").body()).doesNotContain("Retirer de la revue");
        session.post("/espace/objectifs/3-1/retrait", true, "version", String.valueOf(submitted));
        assertThat(state("3-1")).isEqualTo("VALIDATED");
        assertThat(session.get("/espace/objectifs/3-1").body()).contains("Ce point d’avancement n’a pas été retiré");
        assertThat(session.post("/espace/objectifs/3-1/retrait", true, "version", "x\n")
                        .statusCode())
                .isEqualTo(400);
    }
}
