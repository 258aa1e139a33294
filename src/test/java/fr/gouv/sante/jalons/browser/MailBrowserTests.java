package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestMailServer;
import fr.gouv.sante.jalons.support.TestMailServer.Mail;
import fr.gouv.sante.jalons.support.TestUsers;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The DNS invites an ANS editor, who chooses a password from the mail's link and updates 3-1; then
 * the pages of the mail work — invitation, reset, "Courriels", /admin with the late organisations —
 * are checked by axe-core and captured at 1280 and 390 px wide.
 */
@JalonsTest
class MailBrowserTests {

    private static final Pattern LINK =
            Pattern.compile("http://localhost:8080(/(?:invitation|mot-de-passe)/[A-Za-z0-9_-]{43})");
    private static final String PASSWORD = "ma phrase de passe pour Jalons";

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
    TestMailServer smtp;

    CurrentUser admin;
    String email;

    @BeforeEach
    void setUp() {
        admin = users.admin();
        email = "nouvelle.editrice." + System.nanoTime() + "@test.jalons";
        campaign.open(CampaignFixture.PERIOD, LocalDate.of(2025, 6, 30));
        browser.driver().manage().deleteAllCookies();
    }

    @AfterEach
    void backToDesktop() {
        browser.desktop();
    }

    @Test
    void theAdministratorInvitesAnAnsEditorWhoChoosesAPasswordAndUpdatesObjective31() {
        // a. The administrator creates the account: no password to type, an invitation goes out
        logIn(admin.email(), TestUsers.PASSWORD);
        browser.open(url("/admin/utilisateurs"));
        assertThat(browser.mainText())
                .doesNotContain("Mot de passe initial")
                .contains("La personne reçoit par courriel une invitation, valable 72 heures");
        driver().findElement(By.id("email")).sendKeys(email);
        driver().findElement(By.id("displayName")).sendKeys("Nadia Éditrice");
        new Select(driver().findElement(By.id("role"))).selectByValue("EDITOR");
        new Select(driver().findElement(By.id("organisation"))).selectByValue("ANS");
        browser.clickAndWaitForPage(browser.button("Créer le compte"));
        assertThat(browser.mainText()).contains("Le compte est créé ; une invitation est envoyée par courriel.", email);
        assertThat(mainTextContent()).contains("En attente");
        browser.assertAccessible("mail-01-users-invitation-pending");
        String invitation = linkIn(awaitMail(email));
        logOut();

        // b. The person follows the link and chooses a password
        bothWidths("mail-02-invitation", () -> browser.open(url(invitation)));
        assertThat(browser.h1()).isEqualTo("Bienvenue sur Jalons");
        assertThat(browser.mainText())
                .contains("Bonjour Nadia Éditrice, choisissez le mot de passe du compte " + email + ".");
        driver().findElement(By.id("password")).sendKeys(PASSWORD);
        driver().findElement(By.id("confirmation")).sendKeys(PASSWORD);
        browser.clickAndWaitForPage(browser.button("Enregistrer le mot de passe"));
        assertThat(driver().getCurrentUrl()).endsWith("/connexion?motdepasse");
        assertThat(browser.mainText()).contains("Votre mot de passe est enregistré. Vous pouvez vous connecter.");

        // c. She signs in, sees the due date, updates 3-1 and submits it
        logIn(email, PASSWORD);
        assertThat(browser.mainText()).contains("À rendre le 30 juin 2025", "Il reste 166 jours.");
        browser.clickAndWaitForPage(
                driver().findElement(By.xpath("//main//table//tr[td[1][normalize-space()='3-1']]/td[2]/a")));
        driver().findElement(By.xpath("//fieldset[legend[normalize-space()='Statut de l’objectif']]"
                        + "//label[normalize-space()='En bonne voie']"))
                .click();
        WebElement narrative = driver().findElement(By.name("narrative"));
        narrative.clear();
        narrative.sendKeys("Le catalogue compte 44 applications, dont 3 avec échange de données.");
        browser.clickAndWaitForPage(browser.button("Soumettre pour validation"));
        assertThat(driver().findElement(By.cssSelector("main [role=status]")).getText())
                .isEqualTo("Le point d’avancement est soumis à la validation de la DNS.");
        assertThat(jdbc.sql("""
                select u.email from progress_report r join objective o on o.id = r.objective_id
                join reporting_period p on p.id = r.period_id join app_user u on u.id = r.submitted_by
                where o.code = '3-1' and p.code = '2025-S1' and r.state = 'SUBMITTED'""").query(String.class).single()).isEqualTo(email);
        logOut();

        // d. The link is spent
        browser.open(url(invitation));
        assertThat(browser.h1()).isEqualTo("Ce lien n’est plus valable");
        browser.assertAccessible("mail-03-invitation-used");

        // e. She forgets her password: the reset page, from the mail's link
        browser.open(url("/connexion"));
        browser.clickAndWaitForPage(driver().findElement(By.linkText("Mot de passe oublié ?")));
        driver().findElement(By.id("email")).sendKeys(email);
        browser.clickAndWaitForPage(browser.button("Recevoir un lien"));
        assertThat(browser.mainText())
                .contains("Si un compte actif correspond à cette adresse, un courriel vient de lui être envoyé.");
        browser.assertAccessible("mail-04-forgotten-password");
        Mail reset = await().atMost(Duration.ofSeconds(20))
                .until(() -> smtp.to(email), mails -> mails.size() == 2)
                .get(1);
        bothWidths("mail-05-reset", () -> browser.open(url(linkIn(reset))));
        assertThat(browser.h1()).isEqualTo("Choisir un nouveau mot de passe");

        // f. The administrator: late organisations on /admin (the due date is made to pass) and "Courriels"
        campaign.overdue();
        logIn(admin.email(), TestUsers.PASSWORD);
        bothWidths("mail-06-admin-late", () -> browser.open(url("/admin/campagne/organisations")));
        assertThat(mainTextContent())
                .contains(
                        "sont en retard (voir le tableau)",
                        "Date limite dépassée de 5 jours.",
                        "Points soumis après la date limite",
                        "Relancer maintenant");
        browser.clickAndWaitForPage(browser.button("Relancer maintenant"));
        assertThat(browser.mainText()).containsPattern("[0-9]+ organisations? relancées?\\.");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("select count(*) from mail_outbox where status = 'PENDING'")
                                .query(Long.class)
                                .single()
                        == 0);
        bothWidths("mail-07-courriels", () -> browser.open(url("/admin/courriels")));
        assertThat(mainTextContent()).contains("Courriels", email, "Invitation", "Relance", "Envoyé");
        browser.clickAndWaitForPage(
                driver().findElement(By.xpath("//main//table//tr[td[2][normalize-space()='" + email + "']][1]//a")));
        assertThat(browser.h1()).startsWith("Jalons : ");
        assertThat(mainTextContent()).contains("Destinataire", email, "Contenu");
        browser.assertAccessible("mail-08-courriel");
    }

    // --- steps -------------------------------------------------------------------------------------

    private Mail awaitMail(String address) {
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> smtp.to(address), mails -> !mails.isEmpty())
                .get(0);
    }

    private static String linkIn(Mail mail) {
        Matcher matcher = LINK.matcher(mail.text());
        assertThat(matcher.find()).as("a link in %s", mail.text()).isTrue();
        return matcher.group(1);
    }

    /** Loads the page at 1280 px, checks and captures it, then the same at 390 px, and back to 1280. */
    private void bothWidths(String name, Runnable load) {
        browser.desktop();
        load.run();
        browser.assertAccessible(name + "-1280");
        browser.phone();
        load.run();
        browser.assertAccessible(name + "-390");
        List<?> overflow = (List<?>)
                ((org.openqa.selenium.JavascriptExecutor) driver())
                        .executeScript(
                                "return document.documentElement.scrollWidth > window.innerWidth ? ['horizontal scroll'] : [];");
        assertThat(overflow).as("the page %s scrolls sideways at 390 px", name).isEmpty();
        browser.desktop();
        load.run();
    }

    private void logIn(String address, String password) {
        browser.signIn(url(""), address, password);
        // an administrator lands on the campaign, everyone else on their objectives
        assertThat(driver().getCurrentUrl()).endsWith(address.equals(admin.email()) ? "/admin" : "/espace");
    }

    private void logOut() {
        browser.clickAndWaitForPage(
                driver().findElement(By.xpath("//header//button[normalize-space()='Se déconnecter']")));
    }

    private WebDriver driver() {
        return browser.driver();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The text of main as written (badges are shown in capitals by the stylesheet). */
    private String mainTextContent() {
        return driver().findElement(By.tagName("main")).getDomProperty("textContent");
    }
}
