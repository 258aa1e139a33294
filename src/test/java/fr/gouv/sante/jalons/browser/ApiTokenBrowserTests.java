package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The DNS creates an API token for ANS (refused next to its fields first), reads its secret once and
 * revokes it; an ANS editor creates one from the workspace, on a phone. Every page accessible
 * (axe-core), none wider than the screen.
 */
@JalonsTest
class ApiTokenBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Test
    void theDnsCreatesReadsOnceAndRevokesATokenAndAnEditorCreatesOneOnAPhone() {
        String base = "http://localhost:" + port;
        CurrentUser admin = users.admin();

        browser.desktop();
        browser.signIn(base, admin.email(), TestUsers.PASSWORD);
        browser.open(base + "/admin");
        browser.clickAndWaitForPage(browser.driver().findElement(By.linkText("Jetons d’API")));
        assertThat(browser.h1()).isEqualTo("Jetons d’API");
        assertThat(browser.mainText()).contains("Aucun jeton pour l’instant.");

        // nothing chosen: the name and the organisation refused next to their fields
        browser.clickAndWaitForPage(browser.button("Créer le jeton"));
        assertThat(browser.mainText())
                .contains("Donnez un nom au jeton.", "Choisissez l’organisation pour laquelle le jeton écrira.");
        assertThat(browser.driver().findElement(By.id("name")).getDomAttribute("aria-describedby"))
                .isEqualTo("name-error");
        assertFitsTheScreen();
        browser.assertAccessible("api-token-errors-1280");

        browser.driver().findElement(By.id("name")).sendKeys("Synchro SI ANS");
        new Select(browser.driver().findElement(By.id("organisation"))).selectByValue("ANS");
        browser.clickAndWaitForPage(browser.button("Créer le jeton"));
        assertThat(browser.h1()).isEqualTo("Jeton créé");
        String secret = browser.driver().findElement(By.id("secret")).getDomProperty("value");
        assertThat(secret).startsWith("jalons_").hasSize(50);
        assertThat(browser.mainText()).contains("Il ne sera plus jamais affiché");
        assertFitsTheScreen();
        browser.assertAccessible("api-token-created-1280");

        browser.clickAndWaitForPage(browser.driver().findElement(By.linkText("Retour aux jetons")));
        assertThat(browser.mainText())
                .contains("Synchro SI ANS", "Commence par " + secret.substring(0, 13), "Jamais utilisé", "ACTIF")
                .doesNotContain(secret)
                .containsOnlyOnce("Jetons d’API\nJetons d’API");
        browser.phone();
        browser.open(base + "/admin/jetons");
        assertFitsTheScreen();
        browser.assertAccessible("api-token-list-390");
        browser.clickAndWaitForPage(browser.driver()
                .findElement(By.cssSelector("button[aria-label='Révoquer le jeton « Synchro SI ANS »']")));
        assertThat(browser.mainText())
                .contains("Jeton révoqué : ses prochaines requêtes seront refusées.", "Révoqué le");

        // an editor, from the workspace, on a phone: its own organisation only
        CurrentUser editor = users.editor("ANS");
        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, editor.email(), TestUsers.PASSWORD);
        browser.open(base + "/espace");
        browser.clickAndWaitForPage(
                browser.driver().findElement(By.linkText("Écrire vos points depuis vos systèmes : jetons d’API")));
        assertThat(browser.mainText()).contains("Organisation : ANS", "Synchro SI ANS");
        browser.driver().findElement(By.id("name")).sendKeys("Entrepôt ANS");
        browser.driver().findElement(By.cssSelector("label[for='scope2']")).click();
        browser.clickAndWaitForPage(browser.button("Créer le jeton"));
        assertThat(browser.h1()).isEqualTo("Jeton créé");
        assertThat(browser.mainText()).contains("Écrire des brouillons et les soumettre");
        assertFitsTheScreen();
        browser.assertAccessible("api-token-created-390");
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
