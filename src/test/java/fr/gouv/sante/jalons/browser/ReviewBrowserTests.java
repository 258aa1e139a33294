package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.NewMeasurement;
import fr.gouv.sante.jalons.campaign.ProgressReview;
import fr.gouv.sante.jalons.campaign.ReportFormView;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The DNS reviews with context, validates several reports at once and reads the history, at desktop and phone widths. */
@JalonsTest
class ReviewBrowserTests {

    @RegisterExtension
    static BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    @Autowired
    ProgressReview review;

    @AfterEach
    void backToDesktop() {
        browser.desktop();
    }

    @Test
    void theAdministratorReviewsWithContextValidatesTwoAtOnceAndReadsTheHistory() {
        CurrentUser admin = users.admin();
        CurrentUser ans = users.editor("ANS");
        campaign.open();
        campaign.submitted(
                ans,
                "3-1",
                ProgressStatus.ACHIEVED,
                "À date, 52 applications sont référencées dans le catalogue de services de Mon espace santé.",
                campaign.measurement("3-1", "52", LocalDate.of(2025, 6, 15)));
        // sent back, then rewritten: the review compares with the version sent back
        campaign.sentBack("3-1", "Précisez la source.");
        ReportFormView.IndicatorInput saved =
                campaign.editor("3-1").indicators().get(0);
        campaign.submitted(
                ans,
                "3-1",
                ProgressStatus.ACHIEVED,
                "Au 15 juin 2025, 52 applications sont référencées dans le catalogue de services de Mon espace"
                        + " santé (source : ANS).\n\nLe premier éditeur avec échange de données est arrivé.",
                new NewMeasurement(saved.draftId(), saved.id(), new BigDecimal("52"), LocalDate.of(2025, 6, 15)));
        campaign.submitted(ans, "3-3", ProgressStatus.ON_TRACK, "Avancement conforme au calendrier.");

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
            browser.open("http://localhost:" + port + "/admin/revue/3-1");
            assertThat(browser.driver().findElement(By.tagName("main")).getText())
                    .contains(
                            "Dernier statut publié (2e semestre 2024)",
                            "comparé à la version renvoyée",
                            "52 applications au 15 juin 2025",
                            "36 applications à la date du bilan du 2e semestre 2024");
            assertThat(browser.driver().findElements(By.cssSelector(".jalons-compare ins")))
                    .isNotEmpty();
            // side by side on a desktop, one under the other on a phone
            var reference = browser.driver()
                    .findElement(By.cssSelector(".jalons-compare td.jalons-reference"))
                    .getRect();
            var submitted = browser.driver()
                    .findElement(By.cssSelector(".jalons-compare td.jalons-submitted"))
                    .getRect();
            if (phone) {
                assertThat(submitted.getY()).isGreaterThanOrEqualTo(reference.getY() + reference.getHeight());
            } else {
                assertThat(submitted.getY()).isEqualTo(reference.getY());
                assertThat(submitted.getX()).isGreaterThan(reference.getX() + reference.getWidth() - 1);
            }
            browser.assertAccessible("review-01-sent-back-" + width);
            browser.open("http://localhost:" + port + "/admin/campagne/rapports");
            browser.assertAccessible("review-02-campaign-to-validate-" + width);
        }
        browser.desktop();

        browser.open("http://localhost:" + port + "/admin/campagne/rapports");
        browser.driver().findElement(By.cssSelector("label[for='rapport-0']")).click();
        browser.driver().findElement(By.cssSelector("label[for='rapport-1']")).click();
        browser.clickAndWaitForPage(browser.driver()
                .findElement(By.xpath("//button[normalize-space()='Valider les points d’avancement cochés']")));
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .contains("2 points d’avancement validés : 3-1, 3-3.");
        browser.assertAccessible("review-03-validated-1280");

        for (boolean phone : new boolean[] {false, true}) {
            String width = phone ? "390" : "1280";
            if (phone) {
                browser.phone();
            }
            browser.open("http://localhost:" + port + "/admin/objectifs/3-1/historique");
            assertThat(browser.driver().findElement(By.tagName("main")).getText())
                    .contains(
                            "Statut : Atteint",
                            "État : Soumis → Validé",
                            "Mesure ajoutée : 52 applications au 15 juin 2025");
            assertThat(browser.driver().getTitle()).isEqualTo("Historique 3-1 — Jalons");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                    .isEqualTo("Historique de l’objectif 3-1 — Catalogue d'applications avec échanges");
            browser.assertAccessible("review-04-history-" + width);
            browser.open("http://localhost:" + port + "/admin/historique?du=demain");
            browser.assertAccessible("review-05-history-all-" + width);
        }
    }
}
