package fr.gouv.sante.jalons.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * Opening a campaign closes the previous period for good and mails every editor: only the next
 * period may open, after a page that says what will happen, and a mistaken opening can be undone.
 */
@JalonsTest
class CampaignOpeningTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReporting reporting;

    @Autowired
    ProgressReview review;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    CurrentUser admin;
    CurrentUser ans;
    WebSession session;
    long mailsBefore;

    @BeforeEach
    void setUp() {
        admin = users.admin();
        ans = users.editor("ANS");
        campaign.open();
        // 2025-S1 published with 3-1; 3-3 submitted but never validated: it stays unpublished
        campaign.submitted(ans, "3-1", ProgressStatus.ON_TRACK, "Publié.");
        campaign.validated("3-1");
        campaign.published();
        campaign.submitted(ans, "3-3", ProgressStatus.AT_RISK, "Soumis trop tard, jamais validé.");
        session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        // the opening of 2025-S1 above mailed the editors too: only the mails queued after count
        mailsBefore = jdbc.sql("select coalesce(max(id), 0) from mail_outbox")
                .query(Long.class)
                .single();
    }

    private String state(String period) {
        return campaign.periodState(period);
    }

    private List<String> recipients(String kind) {
        return jdbc.sql("select recipient from mail_outbox where id > ? and kind = ? order by recipient")
                .params(mailsBefore, kind)
                .query(String.class)
                .list();
    }

    private String page(HttpResponse<String> response) {
        return HtmlUtils.htmlUnescape(response.body());
    }

    @Test
    void onlyThePeriodRightAfterTheLastOneMayOpenAndTheFormProposesIt() {
        HttpResponse<String> response =
                session.post("/admin/campagne", Map.of("period", "2099-S1", "dueOn", "2025-12-15"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page(response)).contains("La période attendue est 2025-S2", "id=\"period-error\"");
        assertThat(state("2099-S1")).isEqualTo("NONE");
        assertThat(state("2025-S1")).isEqualTo("PUBLISHED");
        assertThat(recipients("CAMPAIGN_OPENED")).isEmpty();
        assertThat(session.get("/admin").body()).contains("value=\"2025-S2\"");
    }

    @Test
    void theConfirmationPageSaysWhatOpeningDoesAndOpensNothing() {
        HttpResponse<String> response =
                session.post("/admin/campagne", Map.of("period", "2025-S2", "dueOn", "2025-12-15"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page(response))
                .contains(
                        "Ouvrir la campagne du 2e semestre 2025 ?",
                        "La période du 1er semestre 2025 est clôturée définitivement",
                        "Un point d’avancement du 1er semestre 2025 n’est pas publié",
                        "action=\"/admin/campagne/ouverture\"");
        assertThat(state("2025-S2")).isEqualTo("NONE");
        assertThat(state("2025-S1")).isEqualTo("PUBLISHED");
        java.util.regex.Matcher announced = java.util.regex.Pattern.compile(
                        "<li>(Un|\\d+) contributeurs? (?:des organisations porteuses )?reçoi(?:t|vent) le courriel d’ouverture")
                .matcher(page(response));
        assertThat(announced.find()).isTrue();

        session.post("/admin/campagne/ouverture", Map.of("period", "2025-S2", "dueOn", "2025-12-15"));
        assertThat(recipients("CAMPAIGN_OPENED"))
                .hasSize(announced.group(1).equals("Un") ? 1 : Integer.parseInt(announced.group(1)));
    }

    @Test
    void anOpeningConfirmedByMistakeIsCancelledAndThePreviousPeriodReopensWithItsReports() {
        HttpResponse<String> opened =
                session.post("/admin/campagne/ouverture", Map.of("period", "2025-S2", "dueOn", "2025-12-15"));
        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(state("2025-S1")).isEqualTo("CLOSED");
        List<String> mailed = recipients("CAMPAIGN_OPENED");
        assertThat(mailed).isNotEmpty();
        String admin = page(session.get("/admin"));
        assertThat(admin).contains("Annuler l’ouverture de la campagne du 2e semestre 2025");
        long version = review.cancellableOpening(this.admin).orElseThrow().periodVersion();

        HttpResponse<String> cancelled =
                session.post("/admin/campagne/annulation", Map.of("version", String.valueOf(version)));

        assertThat(cancelled.statusCode()).isEqualTo(302);
        assertThat(state("2025-S2")).isEqualTo("NONE");
        assertThat(state("2025-S1")).isEqualTo("PUBLISHED");
        assertThat(reporting.workspace(ans).period().code()).isEqualTo("2025-S1");
        assertThat(campaign.state("3-3")).isEqualTo(ReportState.SUBMITTED);
        assertThat(campaign.state("3-1")).isEqualTo(ReportState.PUBLISHED);
        assertThat(recipients("CAMPAIGN_OPENING_CANCELLED")).isEqualTo(mailed);
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where action = 'OPENING_CANCELLED' and entity_id = '2025-S2'""").query(Long.class).single()).isEqualTo(1);
        // the late reports of 2025-S1 can be validated and published again
        campaign.validated("3-3");
        assertThat(campaign.published()).isEqualTo(1);
    }

    @Test
    void anOpeningCannotBeCancelledOnceSomethingIsSavedInIt() {
        campaign.open("2025-S2", java.time.LocalDate.of(2025, 12, 15));
        long version = review.cancellableOpening(admin).orElseThrow().periodVersion();
        campaign.draft(ans, "3-1", ProgressStatus.ON_TRACK, "Déjà commencé.");

        assertThat(review.cancellableOpening(admin)).isEmpty();
        assertThatThrownBy(() -> review.cancelOpening(admin, version))
                .isInstanceOfSatisfying(
                        InputRefused.class, e -> assertThat(e.errors()).containsValue("campaign.cancel.started"));
        assertThat(state("2025-S2")).isEqualTo("OPEN");
        assertThat(state("2025-S1")).isEqualTo("CLOSED");
    }
}
