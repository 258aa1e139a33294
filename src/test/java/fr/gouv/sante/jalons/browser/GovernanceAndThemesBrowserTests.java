package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A visitor reads the governance meetings and the medico-social theme, and an administrator's forms
 * for them, on a desktop and on a phone, every page checked by axe-core.
 */
@JalonsTest
class GovernanceAndThemesBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void aVisitorReadsTheMeetingsAndTheMedicoSocialThemeAt1280And390Pixels() {
        String base = "http://localhost:" + port;
        for (String width : new String[] {"1280", "390"}) {
            if (width.equals("390")) {
                browser.phone();
            } else {
                browser.desktop();
            }
            browser.open(base + "/instances");
            assertThat(browser.h1()).isEqualTo("Instances de gouvernance");
            assertThat(browser.mainText())
                    .contains(
                            "Conseil du numérique en santé",
                            "Réunion du 27 juin 2019",
                            "Télécharger les réunions (CSV)",
                            "Aucune réunion datée n’est connue pour cette instance.");
            browser.assertAccessible("instances-" + width);

            browser.open(base + "/themes");
            browser.assertAccessible("themes-" + width);
            browser.clickAndWaitForPage(browser.driver().findElement(By.linkText("Médico-social")));
            assertThat(browser.h1()).isEqualTo("Thème : Médico-social");
            assertThat(browser.mainText())
                    .contains("4-1", "10-1", "15-3", "4 mesures sans objectif correspondant")
                    .containsIgnoringCase("en bonne voie (reconstitué)");
            browser.assertAccessible("theme-medico-social-" + width);

            browser.clickAndWaitForPage(
                    browser.driver().findElement(By.linkText("Voir ces objectifs dans la liste filtrable")));
            assertThat(browser.h1()).contains("thème : Médico-social");
            assertThat(browser.mainText()).contains("5 objectifs");
            browser.assertAccessible("objectives-theme-" + width);
        }
        browser.desktop();
    }

    @Test
    void anAdministratorsFormsForMeetingsAndThemesAt1280And390Pixels() {
        String base = "http://localhost:" + port;
        CurrentUser admin = new TestUsers(jdbc, passwords).admin();
        browser.signIn(base, admin.email(), TestUsers.PASSWORD);
        for (String width : new String[] {"1280", "390"}) {
            if (width.equals("390")) {
                browser.phone();
            } else {
                browser.desktop();
            }
            browser.open(base + "/admin/instances");
            browser.assertAccessible("admin-instances-" + width);

            browser.open(base + "/admin/instances/nouvelle");
            browser.driver().findElement(By.id("date")).sendKeys("30/02/2025");
            browser.clickAndWaitForPage(browser.button("Enregistrer"));
            assertThat(browser.mainText()).contains("La date n’est pas valide", "Choisissez l’instance de la réunion.");
            assertThat(browser.driver().findElement(By.id("date")).getDomProperty("value"))
                    .isEqualTo("30/02/2025");
            browser.assertAccessible("admin-meeting-refused-" + width);

            browser.open(base + "/admin/themes/medico-social");
            assertThat(browser.driver().findElements(By.cssSelector("input[name='objectives']:checked")))
                    .hasSize(5);
            browser.assertAccessible("admin-theme-" + width);
        }
        browser.desktop();
    }
}
