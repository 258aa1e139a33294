package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.NewMeasurement;
import fr.gouv.sante.jalons.campaign.ProgressReporting;
import fr.gouv.sante.jalons.campaign.ProgressReview;
import fr.gouv.sante.jalons.campaign.ReportCommand;
import fr.gouv.sante.jalons.campaign.ReportFormView;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignCleanup;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import java.math.BigDecimal;
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

/** Two editors of 1-1 save at once: the conflict page and its merge, then a stale structure form, at 1280 and 390 px. */
@JalonsTest
class ConflictBrowserTests {

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

    private void signIn(CurrentUser user) {
        browser.signIn("http://localhost:" + port, user.email(), TestUsers.PASSWORD);
    }

    @Test
    void theSecondEditorMergesWithoutLosingTheFirstEditorsMeasurement() {
        new CampaignCleanup(jdbc).run();
        TestUsers users = new TestUsers(jdbc, passwords);
        CurrentUser ans = users.editor("ANS");
        CurrentUser cnam = users.editor("CNAM");
        review.openPeriod(users.admin(), "2025-S1", LocalDate.of(2025, 7, 15));
        List<ReportFormView.IndicatorInput> indicators =
                reporting.editor(ans, ObjectiveCode.parse("1-1")).indicators();

        browser.desktop();
        signIn(cnam);
        browser.open("http://localhost:" + port + "/espace/objectifs/1-1");
        // ANS saves while CNAM is typing
        reporting.save(
                ans,
                ObjectiveCode.parse("1-1"),
                new ReportCommand(
                        ProgressStatus.ON_TRACK,
                        "Texte de l’ANS.",
                        null,
                        List.of(new NewMeasurement(
                                indicators.get(0).id(), new BigDecimal("520000052"), LocalDate.of(2025, 6, 15)))),
                false);
        browser.driver()
                .findElement(By.xpath("//label[normalize-space()='À surveiller']"))
                .click();
        browser.driver().findElement(By.id("narrative")).sendKeys("Texte de la CNAM.");
        browser.driver().findElement(By.id("measurements[1].value")).sendKeys("30000017");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = '2025-05-31';",
                        browser.driver().findElement(By.id("measurements[1].date")));
        browser.clickAndWaitForPage(
                browser.driver().findElement(By.xpath("//button[normalize-space()='Enregistrer le brouillon']")));

        String page = browser.driver().getPageSource();
        assertThat(page)
                .contains(
                        "Quelqu’un a enregistré ce point d’avancement",
                        "Test EDITOR ANS",
                        "Texte de l’ANS.",
                        "Texte de la CNAM.",
                        "au 15 juin 2025",
                        "au 31 mai 2025");
        browser.assertAccessible("conflict-report-1280");
        browser.phone();
        browser.assertAccessible("conflict-report-390");
        browser.desktop();

        browser.clickAndWaitForPage(
                browser.driver().findElement(By.xpath("//form//button[normalize-space()='Enregistrer le brouillon']")));
        assertThat(jdbc.sql("""
                select count(*) from measurement m join progress_report r on r.id = m.report_id
                join objective o on o.id = r.objective_id where o.code = '1-1' and m.published_at is null""").query(Long.class).single())
                .as("both measurements after the merge")
                .isEqualTo(2);
    }

    @Test
    void aStaleStructureFormShowsTheSavedVersionAndWhatWasTyped() {
        CurrentUser admin = new TestUsers(jdbc, passwords).admin();
        browser.desktop();
        signIn(admin);
        browser.open("http://localhost:" + port + "/admin/objectifs/4-2/structure");
        // another administrator saved meanwhile (the version moves with every change)
        jdbc.sql("update objective set version = version + 1 where code = '4-2'")
                .update();
        try {
            browser.driver().findElement(By.id("reason")).sendKeys("Motif tapé pendant ce temps");
            browser.clickAndWaitForPage(
                    browser.driver().findElement(By.xpath("//main//button[normalize-space()='Enregistrer']")));
            assertThat(browser.driver().getPageSource())
                    .contains(
                            "Quelqu’un a enregistré cette page",
                            "Motif tapé pendant ce temps",
                            "Repartir de la version enregistrée");
            browser.assertAccessible("conflict-structure-1280");
            browser.phone();
            browser.assertAccessible("conflict-structure-390");
        } finally {
            jdbc.sql("update objective set version = version - 1 where code = '4-2'")
                    .update();
        }
    }
}
