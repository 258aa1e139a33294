package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.account.Role;
import fr.gouv.sante.jalons.campaign.ProgressReview;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A whole half-year campaign driven in a real browser, as the people involved would: the DNS opens
 * it, the ANS writes and submits its report on 3-1, the DNS validates and publishes, and the public
 * then sees the new report on the site and in the API. Every back-office page met on the way is
 * checked by axe-core against WCAG 2.1 A and AA, and so is the report form showing input errors.
 */
@JalonsTest
class CampaignBrowserTests {

    static final String NARRATIVE = "42 applications référencées, dont une première avec échange de données.";

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReview review;

    @Autowired
    JsonMapper json;

    CurrentUser admin;
    CurrentUser ans;

    @BeforeEach
    void setUp() {
        admin = users.admin();
        ans = users.editor("ANS");
        // each test starts signed out, whatever the previous one left in the shared browser
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void aCampaignFromItsOpeningToThePublicationOfTheReport() {
        // a. The DNS administrator opens the campaign of the first half of 2025
        logIn(admin, "campaign-01-admin-login");
        browser.clickAndWaitForPage(driver().findElement(By.linkText("Campagne")));
        assertThat(driver().getCurrentUrl()).endsWith("/admin");
        assertThat(browser.h1()).isEqualTo("Campagne de mise à jour");
        assertThat(browser.mainText()).contains("Ouvrir une campagne");
        checkAccessibility("campaign-02-admin-no-campaign");

        WebElement period = driver().findElement(By.id("period"));
        period.clear();
        period.sendKeys("2025-S1");
        setDate(driver().findElement(By.id("dueOn")), "2025-07-15");
        browser.screenshot("campaign-03-admin-campaign-form");
        browser.clickAndWaitForPage(browser.button("Ouvrir la campagne"));
        // the page that says what opening does, then the confirmation
        browser.clickAndWaitForPage(browser.button("Ouvrir la campagne du 1er semestre 2025"));
        assertThat(driver().getCurrentUrl()).endsWith("/admin");
        assertThat(browser.mainText())
                .contains("La campagne est ouverte.")
                .contains("Campagne du 1er semestre 2025, à compléter avant le 15 juillet 2025.")
                // the home lists what needs the DNS now: nothing was submitted yet
                .contains("Ce qui vous attend maintenant")
                .doesNotContain("attend votre revue", "attendent votre revue");
        assertThat(driver().findElements(By.id("period")))
                .as("the form to open a campaign")
                .isEmpty();
        checkAccessibility("campaign-04-admin-campaign-open");
        logOut();

        // b. The ANS editor writes the report on 3-1, previews it and submits it
        logIn(ans, "campaign-05-editor-login");
        assertThat(driver().getCurrentUrl()).endsWith("/espace");
        assertThat(browser.h1()).isEqualTo("Mes objectifs");
        assertThat(browser.mainText()).contains("Campagne du 1er semestre 2025, à compléter avant le 15 juillet 2025.");
        List<String> codes = driver().findElements(By.cssSelector("main table tbody tr td:first-child")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(codes).contains("3-1").doesNotContain("1-2");
        checkAccessibility("campaign-06-editor-workspace");

        browser.clickAndWaitForPage(
                driver().findElement(By.xpath("//main//table//tr[td[1][normalize-space()='3-1']]/td[2]/a")));
        assertThat(driver().getCurrentUrl()).endsWith("/espace/objectifs/3-1");
        assertThat(browser.h1())
                .isEqualTo("Point d’avancement de l’objectif 3-1 — Catalogue d'applications avec échanges");
        assertThat(browser.mainText())
                .contains("Applications référencées dans le catalogue de services de Mon espace santé (applications)")
                .contains("Dernière valeur publiée : 36 applications à la date du bilan du 2e semestre 2024.");
        checkAccessibility("campaign-07-editor-report-form");

        chooseStatus("En bonne voie");
        WebElement narrative = field("narrative");
        narrative.clear();
        narrative.sendKeys(NARRATIVE);
        WebElement value = field("measurements[0].value");
        value.clear();
        value.sendKeys("42");
        setDate(field("measurements[0].date"), "2025-05-31");
        browser.screenshot("campaign-08-editor-report-filled");

        browser.clickAndWaitForPage(browser.button("Prévisualiser"));
        WebElement preview = driver().findElement(By.cssSelector(".jalons-preview"));
        assertThat(preview.findElement(By.tagName("h2")).getText()).isEqualTo("Aperçu");
        assertThat(preview.getText()).contains(NARRATIVE);
        assertThat(checkedStatus()).isEqualTo("En bonne voie");
        assertThat(field("narrative").getDomProperty("value")).isEqualTo(NARRATIVE);
        assertThat(field("measurements[0].value").getDomProperty("value")).isEqualTo("42");
        assertThat(field("measurements[0].date").getDomProperty("value")).isEqualTo("2025-05-31");
        checkAccessibility("campaign-09-editor-report-preview");

        browser.clickAndWaitForPage(browser.button("Soumettre pour validation"));
        assertThat(driver().getCurrentUrl()).endsWith("/espace/objectifs/3-1");
        assertThat(driver().findElement(By.cssSelector("main [role=status]")).getText())
                .isEqualTo("Le point d’avancement est soumis à la validation de la DNS.");
        assertThat(stateBadge()).isEqualTo("Soumis");
        assertThat(browser.mainText()).contains("Statut : En bonne voie").contains(NARRATIVE);
        assertThat(driver().findElements(By.name("narrative")))
                .as("the form of a submitted report")
                .isEmpty();
        checkAccessibility("campaign-10-editor-report-submitted");

        // c. The same editor may not open an objective that the ANS does not lead
        driver().get(url("/espace/objectifs/1-2"));
        browser.awaitDsfr();
        assertThat(browser.h1()).isEqualTo("Accès refusé");
        assertThat(responseStatus()).isEqualTo(403);
        assertThat(browser.mainText()).contains("Erreur 403");
        checkAccessibility("campaign-11-editor-access-refused");
        logOut();

        // d. The administrator validates the report, then publishes the period
        logIn(admin, "campaign-12-admin-login-again");
        browser.clickAndWaitForPage(driver().findElement(By.linkText("Campagne")));
        // the home says a report waits, and its sub-page lists it
        assertThat(browser.mainText()).contains("Un point d’avancement soumis attend votre revue");
        browser.clickAndWaitForPage(driver().findElement(By.linkText("Points d’avancement")));
        WebElement toReview = driver().findElement(
                        By.xpath(
                                "//h2[normalize-space()='À valider']/following-sibling::form[1]//a[contains(@href, '/admin/revue/3-1')]"));
        assertThat(driver().findElement(
                                By.xpath("//h2[normalize-space()='À valider']/following-sibling::form[1]//label"))
                        .getText())
                .startsWith("3-1 — Catalogue d'applications avec échanges");
        browser.screenshot("campaign-13-admin-to-review");
        browser.clickAndWaitForPage(toReview);
        assertThat(driver().getCurrentUrl()).endsWith("/admin/revue/3-1");
        assertThat(browser.h1()).isEqualTo("Revue du point d’avancement 3-1 — Catalogue d'applications avec échanges");
        assertThat(stateBadge()).isEqualTo("Soumis");
        // the review page shows the proposed status beside the last published one, and the narrative as a diff
        assertThat(browser.mainText())
                .contains(
                        "Statut proposé",
                        "En bonne voie",
                        "Texte du point d’avancement, comparé au dernier texte publié");
        checkAccessibility("campaign-14-admin-review");

        browser.clickAndWaitForPage(browser.button("Valider"));
        assertThat(driver().getCurrentUrl()).endsWith("/admin");
        assertThat(browser.mainText())
                .contains("Le point d’avancement est validé ; il sera public à la publication de la période.")
                .doesNotContain("attendent votre revue", "attend votre revue");
        browser.screenshot("campaign-15-admin-validated");
        browser.clickAndWaitForPage(driver().findElement(By.linkText("Points d’avancement")));
        assertThat(browser.mainText()).contains("Aucun point d’avancement n’attend de validation.");

        // publishing is a deliberate act: a summary of what becomes public and what stays out, then a confirmation
        browser.clickAndWaitForPage(driver().findElement(By.linkText("Publication")));
        browser.clickAndWaitForPage(driver().findElement(By.linkText("Préparer la publication")));
        assertThat(driver().getCurrentUrl()).endsWith("/admin/publication");
        assertThat(browser.h1()).isEqualTo("Publier le bilan du 1er semestre 2025");
        assertThat(browser.mainText())
                .contains("Cette publication rend public 1 point d’avancement validé, avec ses mesures.");
        checkAccessibility("campaign-15b-admin-publication-summary");
        browser.clickAndWaitForPage(browser.button("Confirmer la publication du point d’avancement"));
        assertThat(driver().getCurrentUrl()).endsWith("/admin");
        assertThat(browser.mainText()).contains("Publication faite : 1 point d’avancement est désormais public.");
        checkAccessibility("campaign-16-admin-published");
        logOut();

        // e. Any visitor now sees the new report, on the site and in the open data
        driver().get(url("/objectifs/3-1"));
        browser.awaitDsfr();
        assertThat(browser.h1()).isEqualTo("3-1 — Catalogue d'applications avec échanges");
        WebElement status = driver().findElement(By.xpath(
                "//dl[contains(@class, 'jalons-facts')]/dt[normalize-space()='Statut']/following-sibling::dd[1]"));
        assertThat(status.findElement(By.cssSelector(".fr-badge"))
                        .getDomProperty("textContent")
                        .strip())
                .isEqualTo("En bonne voie");
        assertThat(BrowserSupport.normalised(status.getText())).endsWith("au bilan du 1er semestre 2025");
        WebElement latest =
                driver().findElement(By.xpath("//section[h2[normalize-space()='Dernier point d’avancement']]"));
        assertThat(latest.getText()).contains(NARRATIVE);
        List<String> values =
                driver().findElements(By.cssSelector(".jalons-chart table tbody tr td:nth-child(2)")).stream()
                        .map(cell -> BrowserSupport.normalised(cell.getText()))
                        .toList();
        assertThat(values).contains("42 applications", "36 applications");
        browser.screenshot("campaign-17-public-objective-3-1");

        HttpResponse<String> response = new HttpTestClient(port).get("/api/v1/objectives/3-1");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode objective = json.readTree(response.body());
        assertThat(objective.get("status").asString()).isEqualTo("ON_TRACK");
        assertThat(objective.get("statusPeriod").asString()).isEqualTo("2025-S1");
        JsonNode measurements = objective.get("indicators").get(0).get("measurements");
        List<String> measured = new ArrayList<>();
        // a figure the document dates only by its bilan has no date of its own: its period stands for it
        measurements.forEach(m -> measured.add((m.get("date").isNull()
                        ? m.get("period").asString()
                        : m.get("date").asString())
                + "=" + m.get("value").decimalValue().toPlainString()));
        assertThat(measured).contains("2025-05-31=42", "2024-S2=36");
        JsonNode latestReport = objective.get("reports").get(0);
        assertThat(latestReport.get("period").asString()).isEqualTo("2025-S1");
        assertThat(latestReport.get("text").asString()).isEqualTo(NARRATIVE);
    }

    @Test
    void theReportFormShowsInputErrorsNextToTheFieldsAndInASummaryAndKeepsTheInput() {
        campaign.open();
        logIn(ans, "campaign-errors-01-login");
        browser.clickAndWaitForPage(
                driver().findElement(By.xpath("//main//table//tr[td[1][normalize-space()='3-1']]/td[2]/a")));
        assertThat(driver().getCurrentUrl()).endsWith("/espace/objectifs/3-1");

        chooseStatus("À surveiller");
        field("narrative").clear();
        WebElement value = field("measurements[0].value");
        value.clear();
        value.sendKeys("-5");
        setDate(field("measurements[0].date"), "2025-05-31");
        browser.clickAndWaitForPage(browser.button("Soumettre pour validation"));

        assertThat(driver().getCurrentUrl()).endsWith("/espace/objectifs/3-1");
        WebElement summary = driver().findElement(By.id("errors"));
        assertThat(summary.findElement(By.tagName("h2")).getText()).isEqualTo("Le formulaire contient des erreurs");
        // each message of the summary links to the field it is about
        assertThat(summary.findElements(By.tagName("a")))
                .extracting(WebElement::getText, this::nameOfLinkedField)
                .containsExactlyInAnyOrder(
                        tuple("Rédigez le point d’avancement.", "narrative"),
                        tuple("La valeur doit être positive ou nulle.", "measurements[0].value"));
        // and is repeated next to that field, tied to it so that a screen reader reads it with the field
        assertThat(errorNextTo(field("narrative"))).isEqualTo("Rédigez le point d’avancement.");
        assertThat(errorNextTo(field("measurements[0].value"))).isEqualTo("La valeur doit être positive ou nulle.");
        assertThat(field("measurements[0].value").findElement(By.xpath("..")).getDomAttribute("class"))
                .contains("fr-input-group--error");
        assertThat(field("measurements[0].date").getDomAttribute("aria-describedby"))
                .as("the date, which has no error")
                .isNull();
        // what was typed is still there, to be corrected
        assertThat(checkedStatus()).isEqualTo("À surveiller");
        assertThat(field("narrative").getDomProperty("value")).isEmpty();
        assertThat(field("measurements[0].value").getDomProperty("value")).isEqualTo("-5");
        assertThat(field("measurements[0].date").getDomProperty("value")).isEqualTo("2025-05-31");
        checkAccessibility("campaign-errors-02-report-form-invalid");

        // the summary's link takes the keyboard to the field
        summary.findElement(By.linkText("La valeur doit être positive ou nulle."))
                .click();
        browser.await()
                .until(driver -> "measurements[0].value"
                        .equals(driver.switchTo().activeElement().getDomAttribute("name")));

        // nothing was saved
        assertThat(jdbc.sql("""
                select count(*) from progress_report r join reporting_period p on p.id = r.period_id
                where p.code = '2025-S1'""").query(Long.class).single()).isZero();
    }

    @Test
    void theCampaignFormAndEveryBadMeasurementRowShowTheirErrorsAndKeepTheInputAtBothWidths() {
        logIn(admin, "form-errors-01-login");
        for (String width : List.of("1280", "390")) {
            if (width.equals("390")) {
                browser.phone();
            } else {
                browser.desktop();
            }
            // the campaign-opening form: a period that is not a semester
            browser.open(url("/admin"));
            WebElement period = driver().findElement(By.id("period"));
            period.clear();
            period.sendKeys("2025-S9");
            setDate(driver().findElement(By.id("dueOn")), "2025-07-15");
            browser.clickAndWaitForPage(browser.button("Ouvrir la campagne"));
            WebElement summary = driver().findElement(By.id("errors"));
            assertThat(summary.findElements(By.tagName("a")))
                    .extracting(WebElement::getText, this::nameOfLinkedField)
                    .containsExactly(
                            tuple("La période s’écrit « année-S1 » ou « année-S2 », par exemple 2025-S1.", "period"));
            assertThat(errorNextTo(driver().findElement(By.id("period"))))
                    .isEqualTo("La période s’écrit « année-S1 » ou « année-S2 », par exemple 2025-S1.");
            assertThat(driver().findElement(By.id("period")).getDomProperty("value"))
                    .isEqualTo("2025-S9");
            assertThat(driver().findElement(By.id("dueOn")).getDomProperty("value"))
                    .isEqualTo("2025-07-15");
            checkAccessibility("form-errors-02-campaign-" + width);
        }
        browser.desktop();
        campaign.open();
        for (String width : List.of("1280", "390")) {
            if (width.equals("390")) {
                browser.phone();
            } else {
                browser.desktop();
            }
            // the report form of 1-1, which has two indicators: both rows are wrong, both are reported
            browser.open(url("/espace/objectifs/1-1"));
            chooseStatus("En bonne voie");
            field("narrative").clear();
            field("narrative").sendKeys(NARRATIVE);
            field("measurements[0].value").clear();
            field("measurements[0].value").sendKeys("beaucoup");
            setDate(field("measurements[0].date"), "2025-05-31");
            field("measurements[1].value").clear();
            field("measurements[1].value").sendKeys("-3");
            setDate(field("measurements[1].date"), "2025-05-31");
            browser.clickAndWaitForPage(browser.button("Soumettre pour validation"));
            WebElement summary = driver().findElement(By.id("errors"));
            assertThat(summary.findElements(By.tagName("a")))
                    .extracting(this::nameOfLinkedField)
                    .containsExactlyInAnyOrder("measurements[0].value", "measurements[1].value");
            assertThat(errorNextTo(field("measurements[0].value"))).isNotBlank();
            assertThat(errorNextTo(field("measurements[1].value"))).isEqualTo("La valeur doit être positive ou nulle.");
            assertThat(field("measurements[0].value").getDomProperty("value")).isEqualTo("beaucoup");
            assertThat(field("measurements[1].value").getDomProperty("value")).isEqualTo("-3");
            assertThat(field("narrative").getDomProperty("value")).isEqualTo(NARRATIVE);
            checkAccessibility("form-errors-03-report-" + width);
        }
        browser.desktop();
        assertThat(jdbc.sql("""
                select count(*) from progress_report r join reporting_period p on p.id = r.period_id
                where p.code = '2025-S1'""").query(Long.class).single()).isZero();
    }

    // --- steps -------------------------------------------------------------------------------------

    private void logIn(CurrentUser user, String screenshot) {
        browser.open(url("/connexion"));
        assertThat(browser.h1()).isEqualTo("Connexion à l’espace partenaires");
        driver().findElement(By.id("email")).sendKeys(user.email());
        driver().findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        checkAccessibility(screenshot);
        browser.clickAndWaitForPage(browser.button("Se connecter"));
        assertThat(driver().getCurrentUrl())
                .as("where %s lands after signing in", user.email())
                .endsWith(user.role() == Role.ADMIN ? "/admin" : "/espace");
        assertThat(driver().findElement(By.tagName("header")).getText()).contains("Se déconnecter");
    }

    private void logOut() {
        browser.clickAndWaitForPage(
                driver().findElement(By.xpath("//header//button[normalize-space()='Se déconnecter']")));
        assertThat(driver().getCurrentUrl()).contains("/connexion");
        assertThat(browser.mainText()).contains("Vous êtes déconnecté.");
    }

    /** A form field by its name, which the data binding fixes (ids are the template's business). */
    private WebElement field(String name) {
        return driver().findElement(By.name(name));
    }

    private void chooseStatus(String label) {
        // DSFR radio buttons are drawn by their label, which is what a person clicks
        driver().findElement(By.xpath("//fieldset[legend[normalize-space()='Statut de l’objectif']]"
                        + "//label[normalize-space()='" + label + "']"))
                .click();
        assertThat(checkedStatus()).isEqualTo(label);
    }

    private String checkedStatus() {
        WebElement checked = driver().findElement(By.cssSelector("input[type=radio][name=status]:checked"));
        return labelOf(checked).getText();
    }

    private WebElement labelOf(WebElement input) {
        return (WebElement) ((JavascriptExecutor) driver()).executeScript("return arguments[0].labels[0];", input);
    }

    /** The name of the form field (or of the first field in the fieldset) that a link of the error summary points to. */
    private String nameOfLinkedField(WebElement link) {
        String href = link.getDomAttribute("href");
        assertThat(href).as("the link of \"%s\"", link.getText()).startsWith("#");
        return (String) ((JavascriptExecutor) driver()).executeScript("""
                const target = document.getElementById(decodeURIComponent(arguments[0]));
                if (!target) { return null; }
                return target.name || (target.querySelector('[name]') || {}).name || null;""", href.substring(1));
    }

    /** The error message shown next to a field, checked to be tied to it by aria-describedby. */
    private String errorNextTo(WebElement field) {
        String describedBy = field.getDomAttribute("aria-describedby");
        assertThat(describedBy)
                .as("aria-describedby of %s", field.getDomAttribute("name"))
                .isNotBlank();
        WebElement message = driver().findElement(By.id(describedBy.strip().split("\\s+", -1)[0]));
        assertThat(message.getDomAttribute("class")).contains("fr-error-text");
        assertThat(field.findElement(By.xpath("ancestor::div[contains(@class, 'fr-input-group')][1]"))
                        .findElements(By.id(message.getDomAttribute("id"))))
                .as("the message is next to the field")
                .hasSize(1);
        return message.getText();
    }

    /** A date field's text entry depends on the browser's locale; a date picker's choice sets its value. */
    private void setDate(WebElement input, String isoDate) {
        ((JavascriptExecutor) driver())
                .executeScript(
                        "arguments[0].value = arguments[1];"
                                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                        input,
                        isoDate);
        assertThat(input.getDomProperty("value")).isEqualTo(isoDate);
    }

    // --- browser helpers ---------------------------------------------------------------------------

    private WebDriver driver() {
        return browser.driver();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The report's workflow state, as written (the badge shows it in capitals). */
    private String stateBadge() {
        return driver().findElement(By.cssSelector("main .fr-badge"))
                .getDomProperty("textContent")
                .strip();
    }

    /** The HTTP status of the page on screen, as the browser received it. */
    private long responseStatus() {
        Object status = ((JavascriptExecutor) driver())
                .executeScript("return performance.getEntriesByType('navigation')[0].responseStatus;");
        return ((Number) status).longValue();
    }

    /** Saves a screenshot, then runs axe-core on the page: one h1, no WCAG 2.1 A or AA violation. */
    private void checkAccessibility(String screenshot) {
        browser.assertAccessible(screenshot);
    }
}
