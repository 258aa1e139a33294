package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.support.JalonsTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A citizen's visit, driven as a user would: links, tags, the search form and the keyboard. */
@JalonsTest
class PublicJourneyBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebDriver driver() {
        return browser.driver();
    }

    private List<String> resultCodes() {
        return driver().findElements(By.cssSelector(".jalons-objectives tbody tr td:first-child")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private String resultCount() {
        return driver().findElement(By.id("results")).getText();
    }

    @Test
    void fromTheHomePageToASearchAmongTheObjectives() {
        // 1. Home
        browser.open(url("/"));
        assertThat(browser.h1()).isEqualTo("Feuille de route du numérique en santé 2023-2027");
        assertThat(driver().getTitle()).contains("Jalons");
        browser.screenshot("journey-01-home");

        // 2. The card of axis 2
        browser.clickAndWaitForPage(driver().findElement(By.linkText("Axe 2 : Prise en charge")));
        assertThat(driver().getCurrentUrl()).endsWith("/axes/2");
        assertThat(browser.h1()).isEqualTo("Axe 2 : Prise en charge");
        browser.screenshot("journey-02-axis-2");

        // 3. Objective 7-3, from its row in the priority 7 table
        WebElement row73 = driver().findElement(By.xpath("//table//tr[td[1][normalize-space()='7-3']]"));
        browser.clickAndWaitForPage(row73.findElement(By.cssSelector("td:nth-child(2) a")));
        assertThat(driver().getCurrentUrl()).endsWith("/objectifs/7-3");
        assertThat(browser.h1())
                .startsWith("7-3")
                .contains("Simplification et digitalisation des parcours administratifs à l'hôpital");
        browser.screenshot("journey-03-objective-7-3");

        // 4. The lead organisation's tag
        WebElement dgos = driver().findElements(By.cssSelector(".jalons-facts a.fr-tag")).stream()
                .filter(tag -> tag.getText().startsWith("DGOS"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no DGOS tag among the owners of 7-3"));
        assertThat(dgos.getText()).as("no pilot is documented").isEqualTo("DGOS");
        browser.clickAndWaitForPage(dgos);
        assertThat(driver().getCurrentUrl()).endsWith("/organisations/dgos");
        assertThat(browser.h1()).isEqualTo("DGOS — Direction générale de l'offre de soins");
        browser.screenshot("journey-04-organisation-dgos");

        // 5. The objective list filtered by that organisation
        browser.clickAndWaitForPage(
                driver().findElement(By.linkText("Filtrer et trier les objectifs de cette organisation")));
        assertThat(driver().getCurrentUrl()).contains("/objectifs?").contains("organisation=dgos");
        // the heading names the filter applied
        assertThat(browser.h1()).isEqualTo("Objectifs de la feuille de route : organisation porteuse : DGOS");
        assertThat(resultCount()).matches("\\d+ objectifs?");
        assertThat(resultCodes()).contains("7-3");
        browser.screenshot("journey-05-objectives-dgos");

        // 6. A search typed into the form: the organisation filter still applies, DGOS has no such objective
        WebElement search = driver().findElement(By.id("q"));
        search.clear();
        search.sendKeys("ordonnance");
        browser.clickAndWaitForPage(driver().findElement(By.cssSelector("#search-objectives button[type=submit]")));
        assertThat(driver().getCurrentUrl()).contains("q=ordonnance").contains("organisation=dgos");
        assertThat(browser.h1())
                .startsWith("Objectifs de la feuille de route : recherche")
                .contains("ordonnance", "DGOS");
        assertThat(driver().findElement(By.id("q")).getDomProperty("value")).isEqualTo("ordonnance");
        assertThat(resultCount()).isEqualTo("Aucun objectif");
        assertThat(driver().findElements(By.cssSelector(".jalons-objectives table")))
                .as("an empty results table")
                .isEmpty();
        assertThat(driver().findElement(By.tagName("main")).getText())
                .contains("Aucun objectif ne correspond à ces critères.");
        browser.screenshot("journey-06-search-ordonnance-dgos");

        // 7. Widen the search to every organisation, as the empty result suggests
        new Select(driver().findElement(By.id("organisation"))).selectByVisibleText("Toutes");
        browser.clickAndWaitForPage(
                driver().findElement(By.xpath("//button[@type='submit'][normalize-space()='Appliquer les filtres']")));
        assertThat(driver().getCurrentUrl()).contains("q=ordonnance").doesNotContain("organisation=dgos");
        assertThat(browser.h1())
                .startsWith("Objectifs de la feuille de route : recherche")
                .contains("ordonnance")
                .doesNotContain("DGOS");
        assertThat(driver().findElement(By.id("q")).getDomProperty("value")).isEqualTo("ordonnance");
        assertThat(resultCodes()).contains("1-2", "8-4");
        assertThat(resultCount()).isEqualTo(resultCodes().size() + " objectifs");
        browser.screenshot("journey-07-search-ordonnance");
    }

    @Test
    void theFirstTabReachesTheSkipLinkToTheContent() {
        browser.open(url("/"));
        new Actions(driver()).sendKeys(Keys.TAB).perform();
        WebElement focused = driver().switchTo().activeElement();
        assertThat(focused.getTagName()).isEqualTo("a");
        assertThat(focused.getText()).isEqualTo("Contenu");
        assertThat(focused.getDomAttribute("href")).isEqualTo("#contenu");
        browser.screenshot("journey-keyboard-01-skip-link");

        focused.sendKeys(Keys.ENTER);
        browser.await().until(ExpectedConditions.urlContains("#contenu"));
        WebElement content = driver().switchTo().activeElement();
        assertThat(content.getDomAttribute("id")).isEqualTo("contenu");
        assertThat(content.getTagName()).isEqualTo("main");
        browser.screenshot("journey-keyboard-02-content");
    }
}
