package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reader sees which statuses were reconstructed and how figures are stated; the DNS confirms a
 * reconstructed status on its screen and the public page stops saying "reconstitué". At 1280 and
 * 390 px, with axe-core.
 */
@JalonsTest
class ProvenanceBrowserTests {

    @RegisterExtension
    static BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void theReaderSeesWhatIsReconstructedAndTheDnsConfirmsIt() {
        browser.desktop();
        browser.open(url("/objectifs/4-1"));
        assertThat(browser.mainText()).contains("plus de 3 000 ambassadeurs", "Statut reconstitué");
        browser.assertAccessible("provenance-objective-4-1-desktop");
        browser.phone();
        browser.open(url("/objectifs/4-1"));
        browser.assertAccessible("provenance-objective-4-1-phone");
        browser.open(url("/methode"));
        browser.assertAccessible("provenance-method-phone");
        browser.desktop();
        browser.open(url("/"));
        assertThat(browser.mainText()).contains("Dont 65 statuts reconstitués");
        browser.assertAccessible("provenance-home-desktop");

        CurrentUser admin = users.admin();
        browser.signIn(url(""), admin.email(), TestUsers.PASSWORD);
        browser.open(url("/admin/statuts-reconstitues"));
        assertThat(browser.h1()).isEqualTo("Statuts reconstitués à confirmer");
        browser.assertAccessible("provenance-confirmation-desktop");
        browser.phone();
        browser.open(url("/admin/statuts-reconstitues"));
        browser.assertAccessible("provenance-confirmation-phone");
        browser.desktop();
        browser.open(url("/admin/statuts-reconstitues"));

        Select decision = new Select(browser.driver().findElement(By.id("decision-7-3-2024-S2")));
        String confirm = decision.getOptions().stream()
                .map(option -> option.getText())
                .filter(text -> text.startsWith("Confirmer"))
                .findFirst()
                .orElseThrow();
        decision.selectByVisibleText(confirm);
        browser.clickAndWaitForPage(browser.button("Enregistrer les décisions"));
        assertThat(browser.mainText()).contains("1 statut est désormais documenté", "64 statuts à confirmer");
        browser.assertAccessible("provenance-confirmation-done-desktop");

        browser.open(url("/objectifs/7-3"));
        assertThat(browser.mainText())
                .doesNotContain("Statut reconstitué d’après le texte du bilan.")
                .contains("confirmé par la DNS");
        browser.assertAccessible("provenance-objective-7-3-confirmed-desktop");
    }
}
