package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The DNS opens the next campaign after reading what it does, then cancels it, at desktop and phone widths. */
@JalonsTest
class CampaignOpeningBrowserTests {

    @RegisterExtension
    static BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    @AfterEach
    void backToDesktop() {
        browser.desktop();
    }

    @Test
    void theAdministratorConfirmsTheOpeningThenCancelsIt() {
        CurrentUser admin = users.admin();
        CurrentUser ans = users.editor("ANS");
        campaign.open();
        campaign.submitted(ans, "3-1", ProgressStatus.ON_TRACK, "Publié.");
        campaign.validated("3-1");
        campaign.published();
        campaign.submitted(ans, "3-3", ProgressStatus.AT_RISK, "Soumis trop tard.");

        browser.open("http://localhost:" + port + "/connexion");
        browser.driver().findElement(By.id("email")).sendKeys(admin.email());
        browser.driver().findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        browser.clickAndWaitForPage(
                browser.driver().findElement(By.xpath("//button[normalize-space()='Se connecter']")));

        for (boolean phone : new boolean[] {false, true}) {
            String width = phone ? "390" : "1280";
            if (phone) {
                browser.phone();
            }
            browser.open("http://localhost:" + port + "/admin");
            assertThat(browser.driver().findElement(By.id("period")).getAttribute("value"))
                    .isEqualTo("2025-S2");
            browser.driver().findElement(By.id("period")).clear();
            browser.driver().findElement(By.id("period")).sendKeys("2099-S1");
            browser.driver().findElement(By.id("dueOn")).sendKeys("15122025");
            browser.clickAndWaitForPage(
                    browser.driver().findElement(By.xpath("//button[normalize-space()='Ouvrir la campagne']")));
            assertThat(browser.driver().findElement(By.id("period-error")).getText())
                    .contains("La période attendue est 2025-S2");
            browser.assertAccessible("opening-01-refused-" + width);

            browser.driver().findElement(By.id("period")).clear();
            browser.driver().findElement(By.id("period")).sendKeys("2025-S2");
            browser.clickAndWaitForPage(
                    browser.driver().findElement(By.xpath("//button[normalize-space()='Ouvrir la campagne']")));
            assertThat(browser.driver().findElement(By.tagName("main")).getText())
                    .contains(
                            "Ouvrir la campagne du 2e semestre 2025 ?",
                            "La période du 1er semestre 2025 est clôturée définitivement",
                            "Un point d’avancement du 1er semestre 2025 n’est pas publié");
            browser.assertAccessible("opening-02-confirmation-" + width);
            if (!phone) {
                // back without opening: the phone run walks the same path again
                browser.clickAndWaitForPage(browser.driver().findElement(By.linkText("Revenir sans rien ouvrir")));
            }
        }

        browser.clickAndWaitForPage(browser.driver()
                .findElement(By.xpath("//button[normalize-space()='Ouvrir la campagne du 2e semestre 2025']")));
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .contains("La campagne est ouverte.", "Annuler l’ouverture de la campagne du 2e semestre 2025");
        browser.assertAccessible("opening-03-opened-cancellable-390");
        browser.desktop();
        browser.open("http://localhost:" + port + "/admin");
        browser.assertAccessible("opening-03-opened-cancellable-1280");

        browser.clickAndWaitForPage(browser.driver()
                .findElement(By.xpath(
                        "//button[normalize-space()='Annuler l’ouverture de la campagne du 2e semestre 2025']")));
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .contains("L’ouverture de la campagne est annulée")
                .doesNotContain("Annuler l’ouverture");
        browser.assertAccessible("opening-04-cancelled-1280");
        browser.phone();
        browser.open("http://localhost:" + port + "/admin");
        browser.assertAccessible("opening-04-cancelled-390");
        assertThat(campaign.periodState("2025-S1")).isEqualTo("PUBLISHED");
    }
}
