package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.account.Role;
import fr.gouv.sante.jalons.support.MockProConnect;
import fr.gouv.sante.jalons.support.ProConnectTest;
import fr.gouv.sante.jalons.support.TestUsers;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Both ways of signing in, as people meet them, at 1280 and 390 px, each Jalons page checked by
 * axe-core: the ProConnect button above the password form, ProConnect's page (the tests' stand-in),
 * back signed in, the account page saying how; signing out through ProConnect; an unknown address
 * told what to do; and the password as before.
 */
@ProConnectTest
class ProConnectBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MockProConnect proConnect;

    CurrentUser editor;

    @BeforeEach
    void setUp() {
        editor = users.user("agent.navigateur@test.jalons", Role.EDITOR, "ANS");
        browser.driver().manage().deleteAllCookies();
    }

    @AfterEach
    void backToDesktop() {
        browser.desktop();
    }

    private WebDriver driver() {
        return browser.driver();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Clicks the ProConnect button and types the address on the provider's page; back on a Jalons page. */
    private void signInWithProConnect(String email) {
        browser.open(url("/connexion"));
        driver().findElement(By.cssSelector("button.fr-connect--pro")).click();
        browser.await().until(d -> d.getCurrentUrl().startsWith(proConnect.issuerUri()));
        driver().findElement(By.id("username")).sendKeys(email);
        driver().findElement(By.cssSelector("button[type=submit]")).click();
        browser.await().until(d -> d.getCurrentUrl().startsWith(url("/")));
        browser.awaitDsfr();
    }

    @Test
    void anAgentSignsInWithProConnectOrWithTheirPassword() {
        for (String width : List.of("1280", "390")) {
            if (width.equals("390")) {
                browser.phone();
            }
            driver().manage().deleteAllCookies();
            browser.open(url("/connexion"));
            assertThat(browser.mainText())
                    .contains("S’identifier avec\nProConnect", "Qu’est-ce que ProConnect ?", "Mot de passe");
            // the button comes before the password form
            assertThat(browser.mainText().indexOf("ProConnect"))
                    .isLessThan(browser.mainText().indexOf("Mot de passe"));
            browser.assertAccessible("proconnect-01-login-" + width);

            signInWithProConnect(editor.email());
            assertThat(driver().getCurrentUrl()).isEqualTo(url("/espace"));
            browser.open(url("/compte"));
            assertThat(browser.h1()).isEqualTo("Mon compte");
            assertThat(browser.mainText()).contains(editor.email(), "Avec ProConnect", "eidas1", "pwd");
            browser.assertAccessible("proconnect-02-account-" + width);

            // signing out passes by ProConnect's end_session_endpoint and comes back signed out
            ((JavascriptExecutor) driver())
                    .executeScript("document.querySelector('form[action=\"/deconnexion\"]').submit();");
            // back from ProConnect, which sent its state along
            browser.await().until(d -> d.getCurrentUrl().equals(url("/connexion?deconnecte")));
            browser.awaitDsfr();
            assertThat(browser.mainText()).contains("Vous êtes déconnecté.");

            browser.signIn(url(""), editor.email(), TestUsers.PASSWORD);
            assertThat(driver().getCurrentUrl()).isEqualTo(url("/espace"));
            browser.open(url("/compte"));
            assertThat(browser.mainText())
                    .contains("Avec votre mot de passe Jalons")
                    .doesNotContain("eidas1");
            browser.assertAccessible("proconnect-03-account-password-" + width);
            driver().manage().deleteAllCookies();

            signInWithProConnect("personne.inconnue@sante.gouv.fr");
            assertThat(driver().getCurrentUrl()).isEqualTo(url("/connexion?proconnect=inconnu"));
            assertThat(browser.mainText())
                    .contains(
                            "Aucun compte Jalons pour cette adresse. Demandez une invitation à la DNS.",
                            "personne.inconnue@sante.gouv.fr");
            browser.assertAccessible("proconnect-04-unknown-address-" + width);
        }
    }

    @Test
    void theDnsRequiresProConnectForAnAccountAndRecordsSirets() {
        CurrentUser admin = users.admin();
        for (String width : List.of("1280", "390")) {
            if (width.equals("390")) {
                browser.phone();
            }
            driver().manage().deleteAllCookies();
            browser.signIn(url(""), admin.email(), TestUsers.PASSWORD);
            browser.open(url("/admin/utilisateurs"));
            assertThat(browser.mainText()).contains("ProConnect ou mot de passe");
            browser.assertAccessible("proconnect-05-users-" + width);

            browser.open(url("/admin/organisations"));
            org.openqa.selenium.WebElement ans = driver().findElement(By.xpath(
                    "//label[normalize-space()='SIRET de ANS 14 chiffres, par exemple 110 020 013 00097.']"));
            org.openqa.selenium.WebElement field = driver().findElement(By.id(ans.getDomAttribute("for")));
            field.clear();
            field.sendKeys("110 020 013 00098");
            browser.clickAndWaitForPage(
                    driver().findElement(By.xpath("//button[@aria-label='Enregistrer le SIRET de ANS']")));
            assertThat(browser.mainText())
                    .contains("Saisissez un SIRET de 14 chiffres dont la clé de contrôle est juste");
            browser.assertAccessible("proconnect-06-siret-refused-" + width);
        }
    }
}
