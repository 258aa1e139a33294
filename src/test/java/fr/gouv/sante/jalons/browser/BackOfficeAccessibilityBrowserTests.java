package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The administrators' pages that the campaign journey does not cross, checked by axe-core in a real browser. */
@JalonsTest
class BackOfficeAccessibilityBrowserTests {

    @RegisterExtension
    static BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void theAdministratorsPagesHaveNoWcagViolation() {
        CurrentUser admin = new TestUsers(jdbc, passwords).admin();
        browser.signIn("http://localhost:" + port, admin.email(), TestUsers.PASSWORD);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/admin");
        browser.open("http://localhost:" + port + "/espace");
        browser.assertAccessible("backoffice-workspace-admin");

        for (String[] page : new String[][] {
            {"backoffice-users", "/admin/utilisateurs"},
            {"backoffice-structure", "/admin/objectifs/3-1/structure"},
            {"backoffice-indicators", "/admin/objectifs/3-1/indicateurs"},
            {"backoffice-history", "/admin/objectifs/3-1/historique"},
            {"backoffice-correction", "/admin/corrections/3-1?periode=2024-S2"}
        }) {
            browser.open("http://localhost:" + port + page[1]);
            browser.assertAccessible(page[0]);
        }
    }
}
