package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.account.Role;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestMailServer;
import fr.gouv.sante.jalons.support.TestUsers;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Signing in and account forms as people meet them, at 1280 and 390 px, each page checked by axe-core:
 * a refused sign-in keeps the address, a throttled one says the real wait, an administrator lands on
 * the campaign, a 128-character passphrase of accented letters is chosen and used, an address that is
 * not one plain mailbox is refused next to its field, and "Courriels" masks a pending link.
 */
@JalonsTest
class AccountBrowserTests {

    private static final Pattern INVITATION = Pattern.compile("http://localhost:8080(/invitation/[A-Za-z0-9_-]{43})");

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestMailServer smtp;

    CurrentUser admin;

    @BeforeEach
    void setUp() {
        admin = users.admin();
        browser.driver().manage().deleteAllCookies();
    }

    @AfterEach
    void backToDesktop() {
        browser.desktop();
    }

    /** The throttle's state lives in PostgreSQL and the tests' clock never moves: forgotten between two widths. */
    private void forgetFailures() {
        jdbc.sql("delete from login_failure").update();
        jdbc.sql("delete from login_wait").update();
    }

    private WebDriver driver() {
        return browser.driver();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void typeAndSignIn(String email, String password) {
        browser.open(url("/connexion"));
        driver().findElement(By.id("email")).sendKeys(email);
        driver().findElement(By.id("password")).sendKeys(password);
        browser.clickAndWaitForPage(browser.button("Se connecter"));
    }

    @Test
    void aRefusedSignInKeepsTheAddressAndAThrottledOneSaysTheRealWait() {
        String email =
                users.user("navigateur.attente@test.jalons", Role.EDITOR, "ANS").email();
        for (String width : List.of("1280", "390")) {
            forgetFailures();
            if (width.equals("390")) {
                browser.phone();
            }
            driver().manage().deleteAllCookies();
            typeAndSignIn(email, "pas le bon mot de passe");
            assertThat(browser.mainText()).contains("Adresse électronique ou mot de passe incorrect.");
            assertThat(driver().findElement(By.id("email")).getDomProperty("value"))
                    .isEqualTo(email);
            browser.assertAccessible("account-01-login-refused-" + width);
            for (int i = 0; i < 4; i++) {
                driver().findElement(By.id("password")).sendKeys("encore faux " + i);
                browser.clickAndWaitForPage(browser.button("Se connecter"));
            }
            driver().findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
            browser.clickAndWaitForPage(browser.button("Se connecter"));
            assertThat(driver().getCurrentUrl()).endsWith("/connexion?attente=30");
            assertThat(browser.mainText())
                    .contains("Trop de tentatives de connexion ont échoué. Réessayez dans 30 secondes.")
                    .doesNotContain("(s)");
            assertThat(driver().findElement(By.id("email")).getDomProperty("value"))
                    .isEqualTo(email);
            browser.assertAccessible("account-02-login-throttled-" + width);
        }
    }

    @Test
    void anAdministratorLandsOnTheCampaign() {
        for (String width : List.of("1280", "390")) {
            if (width.equals("390")) {
                browser.phone();
            }
            driver().manage().deleteAllCookies();
            typeAndSignIn(admin.email(), TestUsers.PASSWORD);
            assertThat(driver().getCurrentUrl()).endsWith("/admin");
            assertThat(browser.h1()).isEqualTo("Campagne de mise à jour");
            browser.assertAccessible("account-03-admin-landing-" + width);
        }
    }

    @Test
    void aLongAccentedPassphraseIsChosenFromTheInvitationAndOpensTheAccount() {
        String email = "longue.phrase." + System.nanoTime() + "@test.jalons";
        String passphrase = "é".repeat(128);
        typeAndSignIn(admin.email(), TestUsers.PASSWORD);
        browser.open(url("/admin/utilisateurs"));
        driver().findElement(By.id("email")).sendKeys(email);
        driver().findElement(By.id("displayName")).sendKeys("Éloïse Accentuée");
        new Select(driver().findElement(By.id("role"))).selectByValue("EDITOR");
        new Select(driver().findElement(By.id("organisation"))).selectByValue("ANS");
        browser.clickAndWaitForPage(browser.button("Créer le compte"));
        browser.clickAndWaitForPage(
                driver().findElement(By.xpath("//header//button[normalize-space()='Se déconnecter']")));
        Matcher link = INVITATION.matcher(await().atMost(Duration.ofSeconds(20))
                .until(() -> smtp.to(email), mails -> !mails.isEmpty())
                .get(0)
                .text());
        assertThat(link.find()).isTrue();

        browser.phone();
        browser.open(url(link.group(1)));
        driver().findElement(By.id("password")).sendKeys(passphrase);
        driver().findElement(By.id("confirmation")).sendKeys(passphrase);
        browser.assertAccessible("account-04-invitation-long-passphrase-390");
        browser.clickAndWaitForPage(browser.button("Enregistrer le mot de passe"));
        assertThat(driver().getCurrentUrl()).endsWith("/connexion?motdepasse");
        browser.desktop();
        typeAndSignIn(email, passphrase);
        assertThat(driver().getCurrentUrl()).endsWith("/espace");
        browser.assertAccessible("account-05-signed-in-with-long-passphrase-1280");
    }

    @Test
    void anAddressThatIsNotOnePlainMailboxIsRefusedNextToItsFieldAndCourrielsMasksLinks() {
        long mail = jdbc.sql("""
                        insert into mail_outbox (kind, recipient, subject, body, sensitive, status, attempts,
                            next_attempt_at, created_at)
                        values ('INVITATION', 'en.attente@test.jalons', 'Jalons : votre invitation',
                            'Choisissez votre mot de passe : http://localhost:8080/invitation/wRrm4Qr0secretsecretsecretsecretsecret1',
                            true, 'PENDING', 1, now() + interval '1 day', now())
                        returning id""").query(Long.class).single();
        typeAndSignIn(admin.email(), TestUsers.PASSWORD);
        for (String width : List.of("1280", "390")) {
            if (width.equals("390")) {
                browser.phone();
            }
            browser.open(url("/admin/utilisateurs"));
            // accepted by the browser's own e-mail check, refused by the application's
            driver().findElement(By.id("email")).sendKeys("angle..double@probe.test");
            driver().findElement(By.id("displayName")).sendKeys("Sonde");
            new Select(driver().findElement(By.id("role"))).selectByValue("READER");
            new Select(driver().findElement(By.id("organisation"))).selectByValue("ANS");
            browser.clickAndWaitForPage(browser.button("Créer le compte"));
            assertThat(driver().findElement(By.id("email")).getDomProperty("value"))
                    .isEqualTo("angle..double@probe.test");
            assertThat(driver().findElement(By.id("email-error")).getText())
                    .startsWith("Saisissez une seule adresse électronique");
            browser.assertAccessible("account-06-address-refused-" + width);

            browser.open(url("/admin/courriels/" + mail));
            assertThat(browser.mainText())
                    .contains("http://localhost:8080/invitation/***")
                    .doesNotContain("secretsecret");
            browser.assertAccessible("account-07-mail-link-masked-" + width);
        }
    }
}
