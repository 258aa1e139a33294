package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.support.JalonsTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reader goes from an objective to the document its data comes from, on a desktop and on a phone. */
@JalonsTest
class SourcesBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Test
    void fromAnObjectiveToItsSourceDocumentAt1280And390Pixels() {
        for (String width : new String[] {"1280", "390"}) {
            if (width.equals("390")) {
                browser.phone();
            } else {
                browser.desktop();
            }
            browser.open("http://localhost:" + port + "/objectifs/1-1");
            assertThat(BrowserSupport.normalised(browser.mainText()))
                    .contains("Sources", "Statut et point d’avancement du 2e semestre 2024 :")
                    .doesNotContain("(pilote)");
            browser.assertAccessible("sources-objective-1-1-" + width);

            WebElement source = browser.driver().findElements(By.cssSelector(".jalons-sources a")).stream()
                    .filter(link -> link.getAttribute("href").endsWith("/sources#point-avancement-2024-12"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no link to the December 2024 document on 1-1"));
            browser.clickAndWaitForPage(source);
            assertThat(browser.h1()).isEqualTo("Sources des données");
            assertThat(BrowserSupport.normalised(browser.mainText()))
                    .contains("Lancement de la Feuille de route du numérique en santé 2023-2027", "décembre 2024");
            browser.assertAccessible("sources-page-" + width);
        }
        browser.desktop();
    }
}
