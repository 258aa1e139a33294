package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.account.Role;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A semester where not everybody reports on time, in a real browser: the DNS opens 2025-S1, the ANS
 * updates 3-1 and submits it, the CNAM does nothing; the DNS validates 3-1, reads the summary of
 * what becomes public and what stays out, and confirms. The public then sees 3-1's new status and,
 * everywhere (home page, objective page, list and its "non mis à jour" filter, the CNAM's page, the
 * API), 7-3 with its 2024-S2 status marked as not updated in 2025-S1. Then the CNAM's late report on
 * 1-1 is submitted, validated and published in a supplementary publication. New and changed pages
 * are checked by axe-core, and captured at 1280 and 390 pixels wide.
 */
@JalonsTest
class PublicationBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    CurrentUser admin;
    CurrentUser ans;
    CurrentUser cnam;

    @BeforeEach
    void setUp() {
        admin = users.admin();
        ans = users.editor("ANS");
        cnam = users.editor("CNAM");
        browser.driver().manage().deleteAllCookies();
    }

    @AfterEach
    void backToDesktop() {
        browser.desktop();
    }

    @Test
    void aPartialPublicationThenALateReportInASupplementaryPublication() {
        // a. The DNS opens 2025-S1
        logIn(admin);
        browser.open(url("/admin"));
        WebElement period = driver().findElement(By.id("period"));
        period.clear();
        period.sendKeys("2025-S1");
        setDate(driver().findElement(By.id("dueOn")), "2025-07-15");
        browser.clickAndWaitForPage(browser.button("Ouvrir la campagne"));
        browser.clickAndWaitForPage(browser.button("Ouvrir la campagne du 1er semestre 2025"));
        assertThat(browser.mainText()).contains("La campagne est ouverte.");
        logOut();

        // b. The ANS updates 3-1 and submits it; the CNAM does nothing
        logIn(ans);
        browser.open(url("/espace/objectifs/3-1"));
        chooseStatus("Atteint");
        WebElement narrative = driver().findElement(By.name("narrative"));
        narrative.clear();
        narrative.sendKeys("52 applications référencées, la cible est dépassée.");
        browser.clickAndWaitForPage(browser.button("Soumettre pour validation"));
        assertThat(browser.mainText()).contains("Le point d’avancement est soumis à la validation de la DNS.");
        logOut();

        // c. The DNS validates 3-1, reads the summary, confirms
        logIn(admin);
        browser.open(url("/admin/revue/3-1"));
        browser.clickAndWaitForPage(browser.button("Valider"));
        browser.clickAndWaitForPage(driver().findElement(By.linkText("Préparer la publication")));
        assertThat(browser.h1()).isEqualTo("Publier le bilan du 1er semestre 2025");
        assertThat(browser.mainText())
                .contains(
                        "Cette publication rend public 1 point d’avancement validé, avec ses mesures.",
                        "Objectifs concernés : 3-1.",
                        "Ce qui reste privé, par organisation");
        WebElement cnamRow = driver().findElement(By.xpath("//main//table//tr[th[normalize-space()='CNAM']]"));
        assertThat(BrowserSupport.normalised(cnamRow.getText())).contains("7-3");
        assertThat(browser.mainText())
                .contains("Voir avant de publier", "Télécharger le projet d’édition du bilan du 1er semestre 2025");
        checkBothWidths("publication-01-summary");
        browser.clickAndWaitForPage(browser.button("Confirmer la publication du point d’avancement"));
        assertThat(driver().getCurrentUrl()).endsWith("/admin");
        assertThat(browser.mainText())
                .contains(
                        "Publication faite : 1 point d’avancement est désormais public.",
                        "Le bilan du 1er semestre 2025 a été publié le 15 janvier 2025.",
                        "Ouvrir une campagne");
        checkBothWidths("publication-02-campaign-published");
        logOut();

        // d. The public: the home page, 7-3, the list and its filter, the CNAM's page, the API
        browser.open(url("/"));
        assertThat(browser.mainText())
                .doesNotContain("Non publié")
                .contains("64 objectifs n’ont pas été mis à jour au bilan du 1er semestre 2025.");
        checkBothWidths("publication-03-public-home");

        browser.open(url("/objectifs/7-3"));
        WebElement status = driver().findElement(By.xpath(
                "//dl[contains(@class, 'jalons-facts')]/dt[normalize-space()='Statut']/following-sibling::dd[1]"));
        // badges are written in capitals by the DSFR
        assertThat(BrowserSupport.normalised(status.getText()))
                .contains(
                        "À SURVEILLER", "au bilan du 2e semestre 2024", "NON MIS À JOUR AU BILAN DU 1ER SEMESTRE 2025");
        assertThat(browser.mainText()).contains("le statut affiché est celui du bilan du 2e semestre 2024");
        checkBothWidths("publication-04-public-objective-7-3");

        browser.open(url("/objectifs/3-1"));
        assertThat(browser.mainText())
                .contains("52 applications référencées, la cible est dépassée.")
                .doesNotContain("Non mis à jour");

        browser.open(url("/objectifs"));
        new Select(driver().findElement(By.id("maj"))).selectByVisibleText("Non mis à jour");
        browser.clickAndWaitForPage(browser.button("Appliquer les filtres"));
        assertThat(driver().getCurrentUrl()).contains("maj=non");
        assertThat(driver().findElement(By.id("results")).getText()).isEqualTo("64 objectifs");
        List<String> codes = listedCodes();
        assertThat(codes).contains("7-3").doesNotContain("3-1");
        WebElement row = driver().findElement(By.xpath("//main//table//tr[td[1][normalize-space()='7-3']]"));
        assertThat(BrowserSupport.normalised(row.getText()))
                .contains("À SURVEILLER", "au bilan du 2e semestre 2024", "NON MIS À JOUR");
        checkBothWidths("publication-05-public-list-not-updated");

        browser.open(url("/organisations/cnam"));
        assertThat(browser.mainText())
                .contains("1 de ses 29 objectifs a été mis à jour au bilan du 1er semestre 2025.");
        WebElement cnamSevenThree = driver().findElement(By.xpath("//main//table//tr[td[1][normalize-space()='7-3']]"));
        assertThat(BrowserSupport.normalised(cnamSevenThree.getText()))
                .contains("au bilan du 2e semestre 2024", "NON MIS À JOUR");
        checkBothWidths("publication-06-public-organisation-cnam");

        browser.open(url("/organisations"));
        checkBothWidths("publication-07-public-organisations");

        JsonNode sevenThree = api("/api/v1/objectives/7-3");
        assertThat(sevenThree.get("status").asString()).isEqualTo("AT_RISK");
        assertThat(sevenThree.get("statusPeriod").asString()).isEqualTo("2024-S2");
        assertThat(sevenThree.get("updatedInLatestPeriod").asBoolean()).isFalse();
        JsonNode threeOne = api("/api/v1/objectives/3-1");
        assertThat(threeOne.get("status").asString()).isEqualTo("ACHIEVED");
        assertThat(threeOne.get("updatedInLatestPeriod").asBoolean()).isTrue();

        // e. The CNAM, late, submits 1-1 in the published period; the DNS publishes it in a supplementary publication
        logIn(cnam);
        assertThat(browser.mainText()).contains("Le bilan du 1er semestre 2025 a été publié.");
        checkBothWidths("publication-08-editor-late-workspace");
        browser.open(url("/espace/objectifs/1-1"));
        chooseStatus("À surveiller");
        WebElement late = driver().findElement(By.name("narrative"));
        late.clear();
        late.sendKeys("Bilan en retard : baisse des envois des laboratoires.");
        browser.clickAndWaitForPage(browser.button("Soumettre pour validation"));
        assertThat(browser.mainText()).contains("Le point d’avancement est soumis à la validation de la DNS.");
        logOut();

        logIn(admin);
        browser.open(url("/admin/revue/1-1"));
        browser.clickAndWaitForPage(browser.button("Valider"));
        browser.clickAndWaitForPage(driver().findElement(By.linkText("Préparer une publication complémentaire")));
        assertThat(browser.h1()).isEqualTo("Publication complémentaire n° 2 du bilan du 1er semestre 2025");
        assertThat(browser.mainText())
                .contains(
                        "Le bilan du 1er semestre 2025 est déjà public (1 point d’avancement).",
                        "Objectifs concernés : 1-1.");
        checkBothWidths("publication-09-supplementary-summary");
        browser.clickAndWaitForPage(browser.button("Confirmer la publication du point d’avancement"));
        assertThat(browser.mainText()).contains("Publication faite : 1 point d’avancement est désormais public.");
        // the late report is public, but a new edition waits for the DNS's decision
        browser.open(url("/admin/bilans"));
        assertThat(browser.mainText()).contains("1 changement depuis l’édition n° 1", "Émettre une nouvelle édition");
        checkBothWidths("publication-10-issue-edition");
        logOut();

        browser.open(url("/objectifs/1-1"));
        assertThat(browser.mainText())
                .contains("Bilan en retard : baisse des envois des laboratoires.", "au bilan du 1er semestre 2025")
                .doesNotContain("Non mis à jour");
        // the browser kept the home page seen earlier (public pages may be cached 60 s): a reload revalidates it
        browser.open(url("/"));
        driver().navigate().refresh();
        browser.awaitDsfr();
        assertThat(browser.mainText()).contains("63 objectifs n’ont pas été mis à jour au bilan du 1er semestre 2025.");
        assertThat(api("/api/v1/objectives/1-1").get("statusPeriod").asString()).isEqualTo("2025-S1");
        assertThat(jdbc.sql("""
                select string_agg(b.number || ':' || b.report_count, ',' order by b.number) from publication b
                join reporting_period p on p.id = b.period_id where p.code = '2025-S1'""").query(String.class).single()).isEqualTo("1:1,2:1");
    }

    // --- steps -------------------------------------------------------------------------------------

    private void logIn(CurrentUser user) {
        browser.signIn(url(""), user.email(), TestUsers.PASSWORD);
        assertThat(driver().getCurrentUrl()).endsWith(user.role() == Role.ADMIN ? "/admin" : "/espace");
    }

    private void logOut() {
        browser.clickAndWaitForPage(
                driver().findElement(By.xpath("//header//button[normalize-space()='Se déconnecter']")));
        assertThat(driver().getCurrentUrl()).contains("/connexion");
    }

    private void chooseStatus(String label) {
        driver().findElement(By.xpath("//fieldset[legend[normalize-space()='Statut de l’objectif']]"
                        + "//label[normalize-space()='" + label + "']"))
                .click();
    }

    private void setDate(WebElement input, String isoDate) {
        ((JavascriptExecutor) driver())
                .executeScript(
                        "arguments[0].value = arguments[1];"
                                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                        input,
                        isoDate);
    }

    /** axe-core at 1280 px, and a screenshot at 390 px (a phone) too. */
    private void checkBothWidths(String name) {
        browser.assertAccessible(name + "-1280");
        browser.phone();
        try {
            browser.screenshot(name + "-390");
        } finally {
            browser.desktop();
        }
    }

    private List<String> listedCodes() {
        return driver().findElements(By.cssSelector("main table tbody tr td:first-child")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private JsonNode api(String path) {
        return json.readTree(new HttpTestClient(port).get(path).body());
    }

    private WebDriver driver() {
        return browser.driver();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
