package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two editors of 1-1 save at once: the conflict page and its merge, then a stale structure form, at 1280 and 390 px. */
@JalonsTest
class ConflictBrowserTests {

    @RegisterExtension
    static BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    @Autowired
    JdbcClient jdbc;

    private void signIn(CurrentUser user) {
        browser.signIn("http://localhost:" + port, user.email(), TestUsers.PASSWORD);
    }

    @Test
    void theSecondEditorMergesWithoutLosingTheFirstEditorsMeasurement() {
        CurrentUser ans = users.editor("ANS");
        CurrentUser cnam = users.editor("CNAM");
        campaign.open();

        browser.desktop();
        signIn(cnam);
        browser.open("http://localhost:" + port + "/espace/objectifs/1-1");
        // ANS saves while CNAM is typing
        campaign.draft(
                ans,
                "1-1",
                ProgressStatus.ON_TRACK,
                "Texte de l’ANS.",
                campaign.measurement("1-1", "520000052", LocalDate.of(2025, 6, 15)));
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
        CurrentUser admin = users.admin();
        browser.desktop();
        signIn(admin);
        browser.open("http://localhost:" + port + "/admin/objectifs/4-2/structure");
        // another administrator saved meanwhile (the version moves with every change)
        jdbc.sql("update objective set version = version + 1 where code = '4-2'")
                .update();
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
    }
}
