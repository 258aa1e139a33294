package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.ProgressReporting;
import fr.gouv.sante.jalons.campaign.ProgressReview;
import fr.gouv.sante.jalons.campaign.ReportCommand;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignCleanup;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** An editor's "Mes objectifs" without and with a campaign, and a submitted report taken back, on a desktop and a phone. */
@JalonsTest
class WorkspaceBrowserTests {

    @RegisterExtension
    static BrowserSupport browser = new BrowserSupport();

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

    @AfterEach
    void cleanUp() {
        new CampaignCleanup(jdbc).run();
    }

    @Test
    void anEditorSeesWhatItLeadsAndTakesASubmittedReportBack() {
        new CampaignCleanup(jdbc).run();
        TestUsers users = new TestUsers(jdbc, passwords);
        CurrentUser ans = users.editor("ANS");
        browser.desktop();
        browser.signIn("http://localhost:" + port, ans.email(), TestUsers.PASSWORD);
        assertThat(browser.driver().getPageSource())
                .contains("Pas de campagne ouverte", "Porteur")
                .doesNotContain("À faire");
        browser.assertAccessible("workspace-no-campaign-1280");
        browser.phone();
        browser.open("http://localhost:" + port + "/espace");
        browser.assertAccessible("workspace-no-campaign-390");

        review.openPeriod(users.admin(), "2025-S1", LocalDate.of(2025, 7, 15));
        reporting.save(
                ans,
                ObjectiveCode.parse("3-1"),
                new ReportCommand(ProgressStatus.ON_TRACK, "Soumis trop tôt.", null, List.of()),
                true);
        browser.open("http://localhost:" + port + "/espace/objectifs/3-1");
        browser.assertAccessible("report-submitted-390");
        browser.desktop();
        browser.open("http://localhost:" + port + "/espace/objectifs/3-1");
        browser.assertAccessible("report-submitted-1280");
        browser.clickAndWaitForPage(browser.driver()
                .findElement(By.xpath("//button[normalize-space()='Retirer de la revue et revenir au brouillon']")));
        assertThat(browser.driver().getPageSource()).contains("Point d’avancement retiré de la revue");
        browser.assertAccessible("report-withdrawn-1280");
    }
}
