package fr.gouv.sante.jalons.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "Mes objectifs" and the read-only report as an organisation's editor sees them. */
@JalonsTest
class WorkspaceTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    CurrentUser ans;

    @BeforeEach
    void setUp() {
        ans = users.editor("ANS");
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
        campaign.submitted(
                ans,
                "3-1",
                ProgressStatus.ON_TRACK,
                "Soumis.",
                campaign.measurement("3-1", "52", LocalDate.of(2025, 6, 15)));

        String page = WebSession.signedIn(port, ans.email(), TestUsers.PASSWORD)
                .get("/espace/objectifs/3-1")
                .body();

        assertThat(page).contains("Mesures saisies pour le", "52 applications au 15 juin 2025");
    }

    private long version(String code) {
        return campaign.version(code);
    }

    private ReportState state(String code) {
        return campaign.state(code);
    }

    @Test
    void anEditorWithdrawsASubmittedReportBackToDraftBeforeItIsReviewed() {
        campaign.open();
        campaign.submitted(ans, "3-1", ProgressStatus.ON_TRACK, "Soumis trop tot.");
        WebSession session = WebSession.signedIn(port, ans.email(), TestUsers.PASSWORD);
        assertThat(session.get("/espace/objectifs/3-1").body()).contains("Retirer de la revue et revenir au brouillon");

        HttpResponse<String> response =
                session.post("/espace/objectifs/3-1/retrait", true, "version", String.valueOf(version("3-1")));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(state("3-1")).isEqualTo(ReportState.DRAFT);
        String page = session.get("/espace/objectifs/3-1").body();
        assertThat(page).contains("Point d’avancement retiré de la revue", ">Soumis trop tot.</textarea>");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'WITHDRAWN' and actor_id = ?")
                        .param(ans.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aReportAlreadyReviewedOrChangedSinceCannotBeWithdrawnAndOthersMayNotWithdrawIt() {
        campaign.open();
        campaign.submitted(ans, "3-1", ProgressStatus.ON_TRACK, "Soumis.");
        long submitted = version("3-1");
        CurrentUser dgos = users.editor("DGOS");
        WebSession other = WebSession.signedIn(port, dgos.email(), TestUsers.PASSWORD);
        other.get("/espace");
        assertThat(other.post("/espace/objectifs/3-1/retrait", true, "version", String.valueOf(submitted))
                        .statusCode())
                .isEqualTo(403);
        assertThat(state("3-1")).isEqualTo(ReportState.SUBMITTED);

        campaign.validated("3-1");
        WebSession session = WebSession.signedIn(port, ans.email(), TestUsers.PASSWORD);
        assertThat(session.get("/espace/objectifs/3-1").body()).doesNotContain("Retirer de la revue");
        session.post("/espace/objectifs/3-1/retrait", true, "version", String.valueOf(submitted));
        assertThat(state("3-1")).isEqualTo(ReportState.VALIDATED);
        assertThat(session.get("/espace/objectifs/3-1").body()).contains("Ce point d’avancement n’a pas été retiré");
        assertThat(session.post("/espace/objectifs/3-1/retrait", true, "version", "x\n")
                        .statusCode())
                .isEqualTo(400);
    }
}
