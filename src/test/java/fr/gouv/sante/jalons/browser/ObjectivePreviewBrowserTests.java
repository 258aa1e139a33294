package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.ProgressReporting;
import fr.gouv.sante.jalons.campaign.ProgressReview;
import fr.gouv.sante.jalons.campaign.ReportCommand;
import fr.gouv.sante.jalons.cluster.PublicCaches;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignCleanup;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The preview of a changed objective page, reached from the publication summary, at 1280 and 390 px. */
@JalonsTest
class ObjectivePreviewBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

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

    @BeforeEach
    void setUp() {
        caches.clear("test");
        browser.driver().manage().deleteAllCookies();
    }

    @AfterEach
    void cleanUp() {
        browser.desktop();
        new CampaignCleanup(jdbc).run();
        caches.clear("test");
    }

    @Test
    void theDnsOpensThePreviewOfAChangedPageFromThePublicationSummary() {
        TestUsers users = new TestUsers(jdbc, passwords);
        CurrentUser admin = users.admin();
        review.openPeriod(admin, "2025-S1", LocalDate.of(2025, 7, 15));
        ObjectiveCode threeOne = ObjectiveCode.parse("3-1");
        reporting.save(
                users.editor("ANS"),
                threeOne,
                new ReportCommand(ProgressStatus.ON_TRACK, "Quarante applications raccordées.", null, List.of()),
                true);
        review.validate(admin, threeOne, reporting.editor(admin, threeOne).version());

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
