package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An editor's "Mes objectifs" without and with a campaign, and a submitted report taken back, on a desktop and a phone. */
@JalonsTest
class WorkspaceBrowserTests {

    @RegisterExtension
    static BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    @Test
    void anEditorSeesWhatItLeadsAndTakesASubmittedReportBack() {
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

        campaign.open();
        campaign.submitted(ans, "3-1", ProgressStatus.ON_TRACK, "Soumis trop tôt.");
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
