package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.ProgressReporting;
import fr.gouv.sante.jalons.campaign.ProgressReview;
import fr.gouv.sante.jalons.cluster.PublicCaches;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** An implausible figure is questioned on the form; a percentage says how it is computed. */
@JalonsTest
class FigureBrowserTests {

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

    @Autowired
    PublicCaches caches;

    CampaignFixture campaign;

    @AfterEach
    void cleanUp() {
        browser.desktop();
        campaign.cleanUp();
        caches.clear("test");
    }

    @Test
    void aTenfoldFigureIsConfirmedWithATickBoxAndThePercentageLinksToTheMethod() {
        TestUsers users = new TestUsers(jdbc, passwords);
        CurrentUser admin = users.admin();
        CurrentUser ans = users.editor("ANS");
        campaign = new CampaignFixture(reporting, review, jdbc, admin).open();
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
