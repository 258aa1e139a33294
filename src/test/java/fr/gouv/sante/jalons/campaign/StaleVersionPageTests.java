package fr.gouv.sante.jalons.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.cluster.PublicCaches;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignCleanup;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.util.HtmlUtils;

/**
 * Every back-office edit sent from a stale version gets the same 409 page: the saved version next to
 * what the person typed, a way to start again from the saved version, and nothing saved.
 */
@JalonsTest
class StaleVersionPageTests {

    private static final String STALE_TITLE = "Quelqu’un a enregistré cette page pendant que vous la modifiiez";

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
    WebSession session;

    @BeforeEach
    void signIn() {
        admin = new TestUsers(jdbc, passwords).admin();
        session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
    }

    @AfterEach
    void cleanUp() {
        new CampaignCleanup(jdbc).run();
        caches.clear("test");
    }

    private long objectiveVersion(String code) {
        return jdbc.sql("select version from objective where code = ?")
                .param(code)
                .query(Long.class)
                .single();
    }

    private String page(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("stale version").isEqualTo(409);
        String body = HtmlUtils.htmlUnescape(response.body());
        // a back-office page: the header still says who is signed in, not "Espace partenaires"
        assertThat(body).as("signed-in header").contains("Mes objectifs (" + admin.displayName() + ")");
        return body;
    }

    @Test
    void aStaleStructureFormGetsTheSavedStructureAndWhatWasTyped() {
        String before = jdbc.sql("select title || '|' || target || '|' || version from objective where code = '4-2'")
                .query(String.class)
                .single();
        String savedTitle = before.substring(0, before.indexOf('|'));

        String body = page(session.post(
                "/admin/objectifs/4-2/structure",
                true,
                "title",
                "Un titre tapé entre-temps",
                "target",
                "Une cible tapée",
                "deadline",
                "2027-12-31",
                "owners",
                "ANS",
                "reason",
                "Motif tapé",
                "version",
                String.valueOf(objectiveVersion("4-2") - 1)));

        assertThat(body)
                .contains(
                        STALE_TITLE,
                        "Version enregistrée",
                        savedTitle,
                        "Votre version (non enregistrée)",
                        "Un titre tapé entre-temps",
                        "Motif tapé",
                        "31 décembre 2027",
                        "href=\"/admin/objectifs/4-2/structure\"",
                        "Repartir de la version enregistrée");
        assertThat(jdbc.sql("select title || '|' || target || '|' || version from objective where code = '4-2'")
                        .query(String.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void staleIndicatorsGetTheSavedIndicatorsAndWhatWasTyped() {
        String before = jdbc.sql("""
                select string_agg(i.name, ',' order by i.position) from indicator i
                join objective o on o.id = i.objective_id where o.code = '4-2'""").query(String.class).single();

        String body = page(session.post(
                "/admin/objectifs/4-2/indicateurs",
                true,
                "version",
                String.valueOf(objectiveVersion("4-2") + 5),
                "indicators[0].name",
                "Indicateur tapé",
                "indicators[0].unit",
                "unités",
                "indicators[0].direction",
                "INCREASE"));

        assertThat(body).contains(STALE_TITLE, before.split(",", -1)[0], "Indicateur tapé", "Indicateur (ligne 1)");
        assertThat(jdbc.sql("""
                select string_agg(i.name, ',' order by i.position) from indicator i
                join objective o on o.id = i.objective_id where o.code = '4-2'""").query(String.class).single()).isEqualTo(before);
    }

    private long submittedReport() {
        review.openPeriod(admin, "2025-S1", LocalDate.of(2025, 7, 15));
        CurrentUser ans = new TestUsers(jdbc, passwords).editor("ANS");
        reporting.save(
                ans,
                ObjectiveCode.parse("3-1"),
                new ReportCommand(ProgressStatus.ON_TRACK, "Texte soumis par l’ANS.", null, List.of()),
                true);
        return reporting.editor(admin, ObjectiveCode.parse("3-1")).version();
    }

    private String reportState() {
        return jdbc.sql("""
                select r.state || '|' || r.version from progress_report r join objective o on o.id = r.objective_id
                join reporting_period p on p.id = r.period_id where o.code = '3-1' and p.code = '2025-S1'""").query(String.class).single();
    }

    @Test
    void aStaleValidationGetsTheSavedReportAndWhoSavedIt() {
        long version = submittedReport();
        String before = reportState();

        String body = page(session.post("/admin/revue/3-1/validation", true, "version", String.valueOf(version - 1)));

        assertThat(body)
                .contains(
                        STALE_TITLE,
                        "Texte soumis par l’ANS.",
                        "Test EDITOR ANS a enregistré",
                        "Soumis",
                        "href=\"/admin/revue/3-1\"");
        assertThat(reportState()).isEqualTo(before).startsWith("SUBMITTED|");
    }

    @Test
    void aStaleSendBackShowsTheCommentTypedBack() {
        long version = submittedReport();
        String before = reportState();

        String body = page(session.post(
                "/admin/revue/3-1/renvoi",
                true,
                "version",
                String.valueOf(version + 1),
                "comment",
                "Précisez le nombre d’applications."));

        assertThat(body)
                .contains(
                        STALE_TITLE,
                        "Texte soumis par l’ANS.",
                        "Commentaire",
                        "Précisez le nombre d’applications.",
                        "href=\"/admin/revue/3-1\"");
        assertThat(reportState()).isEqualTo(before);
    }

    @Test
    void aStaleCorrectionGetsThePublishedReportAndTheTypedCorrection() {
        String before = jdbc.sql("""
                select r.narrative || '|' || r.version from progress_report r join objective o on o.id = r.objective_id
                join reporting_period p on p.id = r.period_id where o.code = '1-1' and p.code = '2024-S2'""").query(String.class).single();
        long version = Long.parseLong(before.substring(before.lastIndexOf('|') + 1));

        String body = page(session.post(
                "/admin/corrections/1-1?periode=2024-S2",
                true,
                "status",
                "ON_TRACK",
                "narrative",
                "Une correction tapée.",
                "reason",
                "Coquille.",
                "version",
                String.valueOf(version + 3)));

        assertThat(body)
                .contains(
                        STALE_TITLE,
                        "Une correction tapée.",
                        "Coquille.",
                        before.substring(0, Math.min(40, before.lastIndexOf('|'))),
                        "href=\"/admin/corrections/1-1?periode=2024-S2\"");
        assertThat(jdbc.sql("""
                select r.narrative || '|' || r.version from progress_report r join objective o on o.id = r.objective_id
                join reporting_period p on p.id = r.period_id where o.code = '1-1' and p.code = '2024-S2'""").query(String.class).single()).isEqualTo(before);
    }
}
