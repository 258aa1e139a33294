package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.support.ArchivedObjectives;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A visitor goes from the list of the roadmaps to the archived #MaSanté2022, its facts and an
 * objective, on a desktop and on a phone; the DNS records what an objective continues: every page
 * accessible (axe-core), none wider than the screen.
 */
@JalonsTest
class RoadmapsBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    /**
     * Public pages may be kept a minute by the browser (Cache-Control): each test reads what its own
     * data makes, not the page another test left in the browser's cache.
     */
    @BeforeEach
    void withoutTheBrowsersCache() {
        HasCdp cdp = (HasCdp) browser.driver();
        cdp.executeCdpCommand("Network.enable", Map.of());
        cdp.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
    }

    @Test
    void theRoadmapsAndTheArchivedHomeAt1280And390Pixels() {
        String base = "http://localhost:" + port;
        for (String width : new String[] {"1280", "390"}) {
            if (width.equals("390")) {
                browser.phone();
            } else {
                browser.desktop();
            }
            browser.open(base + "/feuilles-de-route");
            assertThat(browser.h1()).isEqualTo("Les feuilles de route du numérique en santé");
            assertThat(browser.mainText())
                    .contains(
                            "Feuille de route du numérique en santé 2023-2027",
                            "65 objectifs dans Jalons",
                            "Feuille de route du numérique en santé #MaSanté2022",
                            "Période : 2019-2022");
            assertFitsTheScreen();
            browser.assertAccessible("roadmaps-" + width);

            browser.clickAndWaitForPage(
                    browser.driver().findElement(By.linkText("Feuille de route du numérique en santé #MaSanté2022")));
            assertThat(browser.h1()).isEqualTo("Feuille de route du numérique en santé #MaSanté2022");
            assertThat(browser.mainText())
                    .contains(
                            "La feuille de route présente 26 actions.",
                            "27 juin 2019 :",
                            "Actions à importer",
                            "la Délégation au numérique en santé (DNS) doit les importer");
            assertFitsTheScreen();
            browser.assertAccessible("roadmap-masante-2022-" + width);
        }
        browser.desktop();
    }

    @Test
    void anArchivedObjectiveAndWhatContinuesItAt1280And390Pixels() {
        new ArchivedObjectives(jdbc).add();
        String base = "http://localhost:" + port;
        CurrentUser admin = new TestUsers(jdbc, passwords).admin();
        browser.desktop();
        browser.signIn(base, admin.email(), TestUsers.PASSWORD);

        // a code typed wrong: the error next to its field, the typed value kept
        browser.open(base + "/admin/objectifs/7-3/prolongements");
        new Select(browser.driver().findElement(By.id("continuedRoadmap"))).selectByValue(ArchivedObjectives.SLUG);
        WebElement code = browser.driver().findElement(By.id("continuedCode"));
        code.sendKeys("9-9");
        browser.clickAndWaitForPage(browser.button("Ajouter le prolongement"));
        assertThat(browser.mainText())
                .contains("Aucun objectif 9-9 dans : Feuille de route du numérique en santé #MaSanté2022.");
        assertThat(browser.driver().findElement(By.id("continuedCode")).getDomAttribute("aria-describedby"))
                .isEqualTo("continuedCode-error");
        browser.assertAccessible("continuations-error");

        WebElement again = browser.driver().findElement(By.id("continuedCode"));
        again.clear();
        again.sendKeys(ArchivedObjectives.CODE);
        browser.clickAndWaitForPage(browser.button("Ajouter le prolongement"));
        assertThat(browser.mainText()).contains("Le prolongement est enregistré.", ArchivedObjectives.TITLE);
        browser.assertAccessible("continuations-saved");

        for (String width : new String[] {"1280", "390"}) {
            if (width.equals("390")) {
                browser.phone();
            } else {
                browser.desktop();
            }
            browser.open(base + "/feuilles-de-route/" + ArchivedObjectives.SLUG);
            assertThat(browser.mainText()).contains("Axe 1 : Axe de test", ArchivedObjectives.TITLE);
            assertFitsTheScreen();
            browser.assertAccessible("roadmap-masante-2022-objectives-" + width);

            browser.clickAndWaitForPage(browser.driver().findElement(By.linkText(ArchivedObjectives.TITLE)));
            assertThat(browser.h1()).isEqualTo("1-1 — " + ArchivedObjectives.TITLE);
            assertThat(browser.mainText()).contains("Prolongé par", "7-3 — ");
            assertFitsTheScreen();
            browser.assertAccessible("roadmap-masante-2022-objective-" + width);

            browser.clickAndWaitForPage(browser.driver().findElement(By.partialLinkText("7-3 — ")));
            assertThat(browser.h1()).startsWith("7-3 — ");
            assertThat(browser.mainText()).contains("Prolonge", "1-1 — " + ArchivedObjectives.TITLE);
            assertFitsTheScreen();
            browser.assertAccessible("objective-7-3-continues-" + width);
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
