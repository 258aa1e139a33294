package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An implausible figure is questioned on the form; a percentage says how it is computed. */
@JalonsTest
class FigureBrowserTests {

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
    void aTenfoldFigureIsConfirmedWithATickBoxAndThePercentageLinksToTheMethod() {
        CurrentUser ans = users.editor("ANS");
        campaign.open();
        browser.signIn("http://localhost:" + port, ans.email(), TestUsers.PASSWORD);

        for (boolean phone : new boolean[] {false, true}) {
            String width = phone ? "390" : "1280";
            if (phone) {
                browser.phone();
            }
            browser.open("http://localhost:" + port + "/espace/objectifs/3-1");
            browser.driver().findElement(By.id("measurements[0].value")).clear();
            browser.driver().findElement(By.id("measurements[0].value")).sendKeys("400");
            browser.driver().findElement(By.id("measurements[0].date")).sendKeys("05312025");
            browser.clickAndWaitForPage(browser.driver().findElement(By.cssSelector("button[value='brouillon']")));
            assertThat(browser.driver()
                            .findElement(By.id("measurements0-confirmed-error"))
                            .getText())
                    .contains("multipliée par plus de 10 depuis la dernière valeur publiée");
            browser.assertAccessible("figure-01-tenfold-warning-" + width);

            browser.open("http://localhost:" + port + "/objectifs/1-1");
            assertThat(browser.driver().findElement(By.linkText("Comment ce pourcentage est calculé")))
                    .isNotNull();
            browser.assertAccessible("figure-02-percentage-method-" + width);
        }
    }
}
