package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.bilan.domain.BilanEditions;
import fr.gouv.sante.jalons.campaign.NewMeasurement;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestCaches;
import fr.gouv.sante.jalons.support.TestUsers;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The semester reports' pages and the pages whose charts, tables and filters changed for phones:
 * axe-core at 1280 px and at 390 x 844 (screenshots of both in target/screenshots), chart text at
 * least 12 px on a phone, the list's code and status visible, the filters folded behind a button.
 */
@JalonsTest
class BilanBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    @Autowired
    BilanEditions editions;

    @BeforeEach
    void referenceEditionIsWritten() {
        awaitReady("2024-S2", 1);
    }

    private void awaitReady(String period, int number) {
        await().atMost(Duration.ofMinutes(2))
                .until(() -> editions.ofPeriod(period).stream()
                        .anyMatch(edition -> edition.number() == number && edition.ready()));
    }

    @AfterEach
    void backToDesktop() {
        browser.desktop();
    }

    @Autowired
    TestCaches caches;

    /** 3-1 gets a second figure (52 applications in June 2025), so that its indicator is drawn as a chart. */
    private void publishASecondMeasurementOf31() {
        validate31In2025S1("Cinquante-deux applications.", new BigDecimal("52"), LocalDate.of(2025, 6, 15));
        campaign.published();
    }

    /**
     * Opens 2025-S1 and validates a report of 3-1 (with one measurement of its first indicator
     * when {@code value} is given); returns the administrator who validated it.
     */
    private CurrentUser validate31In2025S1(String narrative, BigDecimal value, LocalDate on) {
        CurrentUser ans = users.editor("ANS");
        campaign.open();
        NewMeasurement[] measurements = value == null
                ? new NewMeasurement[0]
                : new NewMeasurement[] {campaign.measurement("3-1", value.toPlainString(), on)};
        campaign.validated(ans, "3-1", ProgressStatus.ON_TRACK, narrative, measurements);
        return users.admin();
    }

    /** axe-core on a page at 1280 px, then at 390 px; back to the desktop size after. */
    private void assertAccessibleAtBothWidths(String path, String name) {
        browser.desktop();
        browser.open(url(path));
        browser.assertAccessible("bilan-1280-" + name);
        browser.phone();
        browser.open(url(path));
        browser.assertAccessible("bilan-390-" + name);
        browser.desktop();
    }

    private WebDriver driver() {
        return browser.driver();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            bilans            | /bilans
            bilan-2024-S2     | /bilans/2024-S2
            bilan-changes     | /bilans/2024-S2/evolutions
            home              | /
            objectives        | /objectifs
            objective-7-3     | /objectifs/7-3
            objective-1-1     | /objectifs/1-1
            """)
    void hasNoWcagViolationOnADesktopNorOnAPhone(String name, String path) {
        browser.open(url(path));
        browser.assertAccessible("bilan-1280-" + name);
        browser.phone();
        browser.open(url(path));
        browser.assertAccessible("bilan-390-" + name);
        Number width =
                (Number) ((JavascriptExecutor) driver()).executeScript("return document.documentElement.scrollWidth;");
        assertThat(width.intValue()).as("the page's width on a 390 px phone").isLessThanOrEqualTo(390);
    }

    @Test
    void theReferenceEditionIsTwoClicksFromTheHomePage() {
        browser.open(url("/"));
        browser.clickAndWaitForPage(driver().findElement(By.linkText("Bilan du 2e semestre 2024 et ses éditions PDF")));
        assertThat(driver().getCurrentUrl()).endsWith("/bilans/2024-S2");
        WebElement download = driver().findElement(By.partialLinkText("Télécharger l’édition 1"));
        assertThat(download.getDomAttribute("href")).isEqualTo("/bilans/2024-S2/edition-1.pdf");
        assertThat(driver().findElement(By.tagName("main")).getText()).containsPattern("[0-9a-f]{64}");
    }

    @Test
    void onAPhoneChartTextIsAtLeast12PixelsTheListKeepsCodeAndStatusAndFiltersAreFolded() {
        browser.phone();
        browser.open(url("/objectifs"));
        JavascriptExecutor script = (JavascriptExecutor) driver();
        WebElement firstRow = driver().findElement(By.cssSelector(".jalons-objectives tbody tr"));
        for (WebElement cell : List.of(
                firstRow.findElement(By.cssSelector("td:nth-child(1)")),
                firstRow.findElement(By.cssSelector("td:nth-child(5)")))) {
            assertThat(cell.isDisplayed()).isTrue();
            Number right = (Number) script.executeScript("return arguments[0].getBoundingClientRect().right;", cell);
            assertThat(right.doubleValue()).isLessThanOrEqualTo(390);
        }
        WebElement toggle = driver().findElement(By.cssSelector(".jalons-filters__toggle"));
        assertThat(toggle.isDisplayed()).isTrue();
        assertThat(driver().findElement(By.id("statut")).isDisplayed()).isFalse();
        toggle.click();
        await().until(() -> driver().findElement(By.id("statut")).isDisplayed());
        // the panel slides open (DSFR collapse, 0.3 s): once it is open, its heading is below the button
        await().until(() -> Boolean.TRUE.equals(script.executeScript(
                "return document.querySelector('#filtres legend').getBoundingClientRect().top"
                        + " >= arguments[0].getBoundingClientRect().bottom;",
                toggle)));
        browser.screenshot("bilan-390-objectives-filters-open");

        browser.desktop();
        browser.open(url("/objectifs"));
        assertThat(driver().findElement(By.cssSelector(".jalons-filters__toggle"))
                        .isDisplayed())
                .isFalse();
        assertThat(driver().findElement(By.id("statut")).isDisplayed()).isTrue();

        // the public pages are cached by the browser for a minute: check the chart last
        publishASecondMeasurementOf31();
        browser.phone();
        browser.open(url("/objectifs/3-1"));
        assertThat(driver().findElements(By.cssSelector("svg.jalons-chart__svg")))
                .isNotEmpty();
        browser.screenshot("bilan-390-objective-3-1-chart");
        @SuppressWarnings("unchecked")
        List<Number> sizes = (List<Number>) script.executeScript("""
                return Array.from(document.querySelectorAll('svg.jalons-chart__svg text')).map(t => {
                  const svg = t.ownerSVGElement;
                  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                  return parseFloat(getComputedStyle(t).fontSize) * scale;
                });""");
        assertThat(sizes)
                .isNotEmpty()
                .allSatisfy(size -> assertThat(size.doubleValue()).isGreaterThanOrEqualTo(12));
    }

    @Test
    void theDnsWritesTheSynthesisOnThePublicationSummaryAndReadsItOnTheEditionPage() {
        CurrentUser admin = validate31In2025S1("Trente-huit applications.", null, null);
        browser.signIn(url(""), admin.email(), TestUsers.PASSWORD);
        browser.open(url("/admin/publication"));
        assertThat(driver().findElement(By.cssSelector("label[for=synthesis]")).getText())
                .contains("Synthèse du bilan");
        assertAccessibleAtBothWidths("/admin/publication", "publication-synthesis");
        browser.open(url("/admin/publication"));
        driver().findElement(By.id("synthesis"))
                .sendKeys("Un semestre de **consolidation** pour le catalogue d’applications.");
        browser.clickAndWaitForPage(browser.button("Confirmer la publication du point d’avancement"));
        campaign.bilanWritten("2025-S1");
        caches.clearAll();
        browser.open(url("/bilans/2025-S1"));
        assertThat(driver().findElement(By.tagName("main")).getText())
                .contains(
                        "Synthèse de la Délégation au numérique en santé",
                        "Un semestre de consolidation",
                        "Contenu du document",
                        "Note de méthode",
                        "Sources");
        assertThat(driver().findElement(By.cssSelector(".fr-callout strong")).getText())
                .isEqualTo("consolidation");
        assertAccessibleAtBothWidths("/bilans/2025-S1", "edition-synthesis");
        browser.open(url("/admin"));
        browser.clickAndWaitForPage(
                driver().findElement(By.xpath("//header//button[normalize-space()='Se déconnecter']")));
    }

    @Test
    void theAdministratorSeesTheStateOfEachEdition() {
        CurrentUser admin = users.admin();
        browser.open(url("/connexion"));
        driver().findElement(By.id("email")).sendKeys(admin.email());
        driver().findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        browser.clickAndWaitForPage(driver().findElement(By.xpath("//button[normalize-space()='Se connecter']")));
        browser.open(url("/admin/bilans"));
        assertThat(driver().findElement(By.tagName("main")).getText())
                .containsIgnoringCase("2024-S2")
                .containsIgnoringCase("Disponible");
        browser.assertAccessible("bilan-1280-admin");
        browser.phone();
        browser.open(url("/admin/bilans"));
        browser.assertAccessible("bilan-390-admin");
        browser.desktop();
        browser.clickAndWaitForPage(
                driver().findElement(By.xpath("//header//button[normalize-space()='Se déconnecter']")));
    }
}
