package fr.gouv.sante.jalons.progress;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.dashboard.DashboardCaches;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignCleanup;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
    DashboardCaches caches;

    CurrentUser admin;
    CurrentUser ans;

    @BeforeEach
    void setUp() {
        new CampaignCleanup(jdbc).run();
        TestUsers users = new TestUsers(jdbc, passwords);
        admin = users.admin();
        ans = users.editor("ANS");
    }

    @AfterEach
    void cleanUp() {
        new CampaignCleanup(jdbc).run();
        caches.evictAll();
    }

    /** The text of the table row of one objective in "Mes objectifs". */
    private static String row(String page, String code) {
        Matcher matcher = Pattern.compile("<tr>\\s*<td>" + Pattern.quote(code) + "</td>(.*?)</tr>", Pattern.DOTALL)
                .matcher(page);
        assertThat(matcher.find()).as("row of %s", code).isTrue();
        return matcher.group(1);
    }

    @Test
    void withoutAnOpenCampaignNothingIsToDoAndEachObjectiveSaysWhetherTheOrganisationPilotsIt() {
        String page = WebSession.signedIn(port, ans.email(), TestUsers.PASSWORD).get("/espace").body();

        assertThat(page).contains("Aucune campagne de mise à jour n’est ouverte", "Rôle de votre organisation");
        assertThat(row(page, "6-3")).contains("Pas de campagne ouverte", "Pilote").doesNotContain("À faire");
        assertThat(row(page, "3-1")).contains("Co-porteur").doesNotContain("Pilote");
    }

    @Test
    void withAnOpenCampaignAnUntouchedObjectiveIsToDo() {
        review.openPeriod(admin, "2025-S1", LocalDate.of(2025, 7, 15));
        String page = WebSession.signedIn(port, ans.email(), TestUsers.PASSWORD).get("/espace").body();
        assertThat(row(page, "6-3")).contains("À faire", "Pilote");
    }

    @Test
    void afterSubmittingTheReadOnlyReportStillShowsTheSubmittedMeasurements() {
        review.openPeriod(admin, "2025-S1", LocalDate.of(2025, 7, 15));
        long indicator = jdbc.sql("select i.id from indicator i join objective o on o.id = i.objective_id "
                + "where o.code = '3-1' order by i.position limit 1").query(Long.class).single();
        reporting.save(ans, ObjectiveCode.parse("3-1"), new ReportCommand(ProgressStatus.ON_TRACK, "Soumis.", null,
                List.of(new NewMeasurement(indicator, new BigDecimal("52"), LocalDate.of(2025, 6, 15)))), true);

        String page = WebSession.signedIn(port, ans.email(), TestUsers.PASSWORD).get("/espace/objectifs/3-1").body();

        assertThat(page).contains("Mesures saisies pour le", "52 applications au 15 juin 2025");
    }
}
