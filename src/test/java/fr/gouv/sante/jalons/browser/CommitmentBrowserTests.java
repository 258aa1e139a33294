package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.commitment.CommitmentLeads;
import fr.gouv.sante.jalons.commitment.CommitmentReview;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A lead's editor writes the report of a State commitment of the charter from the workspace (refused
 * next to its fields first), and once published a visitor reads the commitment's own page, on a desktop
 * and on a phone, as do the DNS's pages of its leads and review: every page accessible (axe-core), none wider than the screen.
 */
@JalonsTest
class CommitmentBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    @Autowired
    CommitmentLeads leads;

    @Autowired
    CommitmentReview review;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditorReportsOnACommitmentAndTheVisitorReadsItAt1280And390Pixels() {
        String base = "http://localhost:" + port;
        CurrentUser admin = users.admin();
        leads.change(admin, 5, Set.of("ANS"), leads.commitment(admin, 5).version());
        campaign.open();
        CurrentUser ans = users.editor("ANS");

        browser.desktop();
        browser.signIn(base, ans.email(), TestUsers.PASSWORD);
        assertThat(browser.mainText())
                .contains("Engagements de la charte e-santé", "Engagement des pouvoirs publics n° 5");
        browser.assertAccessible("commitment-workspace-1280");
        browser.phone();
        browser.open(base + "/espace");
        assertFitsTheScreen();
        browser.assertAccessible("commitment-workspace-390");

        // submitted empty: both fields refused next to them, with the summary at the top
        for (String width : new String[] {"390", "1280"}) {
            if (width.equals("1280")) {
                browser.desktop();
            }
            browser.open(base + "/espace/engagements/5");
            assertThat(browser.h1()).isEqualTo("Point d’avancement de l’engagement des pouvoirs publics n° 5");
            browser.clickAndWaitForPage(browser.button("Soumettre pour validation"));
            assertThat(browser.mainText())
                    .contains("Choisissez le statut de l’engagement.", "Rédigez le point d’avancement.");
            assertThat(browser.driver().findElement(By.id("narrative")).getDomAttribute("aria-describedby"))
                    .isEqualTo("narrative-error");
            assertFitsTheScreen();
            browser.assertAccessible("commitment-form-errors-" + width);
        }

        browser.driver().findElement(By.cssSelector("label[for='status2']")).click();
        browser.driver()
                .findElement(By.id("narrative"))
                .sendKeys("Le catalogue référence les premières applications ; la suite est prévue fin 2025.");
        browser.clickAndWaitForPage(browser.button("Soumettre pour validation"));
        assertThat(browser.mainText()).contains("Le point d’avancement est soumis à la validation de la DNS.");
        browser.assertAccessible("commitment-form-submitted-1280");

        // the DNS's pages: the leads of a commitment, the submitted report to review
        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, admin.email(), TestUsers.PASSWORD);
        for (String width : new String[] {"1280", "390"}) {
            if (width.equals("390")) {
                browser.phone();
            } else {
                browser.desktop();
            }
            browser.open(base + "/admin/charte/pilotes/5");
            assertThat(browser.h1()).isEqualTo("Organisations pilotes de l’engagement des pouvoirs publics n° 5");
            assertFitsTheScreen();
            browser.assertAccessible("commitment-leads-" + width);
            browser.open(base + "/admin/campagne/engagements/5");
            assertThat(browser.mainText()).contains("Le catalogue référence les premières applications");
            assertFitsTheScreen();
            browser.assertAccessible("commitment-review-" + width);
        }
        review.validate(
                admin,
                5,
                jdbc.sql("select version from commitment_report")
                        .query(Long.class)
                        .single());
        campaign.validated(ans, "3-1", ProgressStatus.ON_TRACK, "Objectif à jour.");
        campaign.published();

        for (String width : new String[] {"1280", "390"}) {
            if (width.equals("390")) {
                browser.phone();
            } else {
                browser.desktop();
            }
            browser.open(base + "/charte/engagements/etat-5");
            assertThat(browser.h1()).isEqualTo("Engagement des pouvoirs publics n° 5");
            assertThat(browser.mainText())
                    .contains(
                            "Agence du numérique en santé (ANS)",
                            "1er semestre 2025",
                            "Le catalogue référence les premières applications");
            assertFitsTheScreen();
            browser.assertAccessible("commitment-public-" + width);

            browser.open(base + "/charte#etat-5");
            assertThat(browser.mainText()).contains("Dernier point d’avancement publié (1er semestre 2025) :");
            assertFitsTheScreen();
            browser.assertAccessible("commitment-charter-" + width);
        }
        browser.desktop();
    }

    private static void assertFitsTheScreen() {
        Object overflow = ((JavascriptExecutor) browser.driver())
                .executeScript("const e = document.documentElement; return e.scrollWidth - e.clientWidth;");
        assertThat(((Number) overflow).intValue())
                .as("page wider than the screen")
                .isLessThanOrEqualTo(0);
    }
}
