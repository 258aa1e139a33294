package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The administrators' pages that the campaign journey does not cross, checked by axe-core in a real browser. */
@JalonsTest
class BackOfficeAccessibilityBrowserTests {

    @RegisterExtension
    static BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    /** The campaign page, the reminder screen and "Mes objectifs" with its filters, on a desktop and a phone. */
    @Test
    void theCampaignAndReminderScreensHaveNoWcagViolationOnADesktopAndAPhone() {
        CurrentUser admin = users.admin();
        CurrentUser cnam = users.editor("CNAM");
        try {
            campaign.open(CampaignFixture.PERIOD, LocalDate.of(2025, 6, 30));
            browser.signIn("http://localhost:" + port, admin.email(), TestUsers.PASSWORD);
            for (String size : new String[] {"1280", "390"}) {
                if (size.equals("390")) {
                    browser.phone();
                } else {
                    browser.desktop();
                }
                browser.open("http://localhost:" + port + "/admin");
                assertThat(browser.mainText()).contains("Ce qui vous attend maintenant", "État de la campagne");
                browser.assertAccessible("backoffice-campaign-" + size);
                browser.open("http://localhost:" + port + "/admin/campagne/rapports?organisation=CNAM&tri=etat");
                assertThat(browser.mainText()).contains("Lignes 1 à 25 sur", "Filtrer le tableau");
                browser.assertAccessible("backoffice-campaign-reports-" + size);
                browser.open("http://localhost:" + port + "/admin/campagne/organisations");
                browser.assertAccessible("backoffice-campaign-organisations-" + size);
                browser.open("http://localhost:" + port + "/admin/campagne/publication");
                browser.assertAccessible("backoffice-campaign-publication-" + size);
                browser.open("http://localhost:" + port + "/admin/relances");
                assertThat(browser.mainText()).contains("Relances", "ne peu", "Inviter un compte");
                browser.assertAccessible("backoffice-reminders-" + size);
            }
            browser.driver().manage().deleteAllCookies();
            browser.desktop();
            browser.signIn("http://localhost:" + port, cnam.email(), TestUsers.PASSWORD);
            browser.open("http://localhost:" + port + "/espace?filtre=a-mettre-a-jour");
            assertThat(browser.mainText()).contains("À mettre à jour par mon organisation");
            browser.assertAccessible("backoffice-workspace-filter-1280");
            browser.phone();
            browser.open("http://localhost:" + port + "/espace?filtre=co-porte");
            browser.assertAccessible("backoffice-workspace-filter-390");
        } finally {
            browser.desktop();
        }
    }

    @Test
    void theAdministratorsPagesHaveNoWcagViolation() {
        CurrentUser admin = users.admin();
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
