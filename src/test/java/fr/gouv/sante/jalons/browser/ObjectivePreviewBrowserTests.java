package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The preview of a changed objective page, reached from the publication summary, at 1280 and 390 px. */
@JalonsTest
class ObjectivePreviewBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    @BeforeEach
    void setUp() {
        browser.driver().manage().deleteAllCookies();
    }

    @AfterEach
    void backToDesktop() {
        browser.desktop();
    }

    @Test
    void theDnsOpensThePreviewOfAChangedPageFromThePublicationSummary() {
        CurrentUser admin = users.admin();
        campaign.open()
                .validated(users.editor("ANS"), "3-1", ProgressStatus.ON_TRACK, "Quarante applications raccordées.");

        browser.signIn("http://localhost:" + port, admin.email(), TestUsers.PASSWORD);
        browser.open("http://localhost:" + port + "/admin/publication");
        browser.clickAndWaitForPage(browser.driver().findElement(By.linkText("Aperçu de la page de l’objectif 3-1")));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/admin/publication/apercu/3-1");
        assertThat(browser.mainText())
                .startsWith("Aperçu — non publié")
                .contains("Quarante applications raccordées.", "EN BONNE VOIE", "au bilan du 1er semestre 2025");
        browser.assertAccessible("objective-preview-1280");
        browser.phone();
        try {
            browser.assertAccessible("objective-preview-390");
        } finally {
            browser.desktop();
        }
    }
}
