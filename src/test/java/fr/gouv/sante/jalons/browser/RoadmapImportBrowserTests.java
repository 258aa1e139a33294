package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator creates a roadmap and imports its structure in a real browser: the list and its
 * form (with errors), the upload page, a refused file's preview, a good file's preview and the
 * confirmation of a move, every page accessible (axe-core).
 */
@JalonsTest
class RoadmapImportBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    private static Path copy(String resource) throws IOException {
        Path file = Files.createTempFile("structure", ".csv");
        try (InputStream in = RoadmapImportBrowserTests.class.getResourceAsStream("/roadmap-import/" + resource)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private void type(String id, String text) {
        browser.driver().findElement(By.id(id)).clear();
        browser.driver().findElement(By.id(id)).sendKeys(text);
    }

    @Test
    void anAdministratorCreatesARoadmapAndImportsItsStructureOnAccessiblePages() throws IOException {
        String base = "http://localhost:" + port;
        CurrentUser admin = users.admin();
        browser.desktop();
        browser.signIn(base, admin.email(), TestUsers.PASSWORD);

        browser.open(base + "/admin/feuilles-de-route");
        assertThat(browser.mainText())
                .contains("Feuille de route du numérique en santé 2023-2027", "En cours : celle que montrent");
        browser.assertAccessible("roadmaps-1280");

        type("code", "TEST-NAV");
        type("slug", "Essai Navigateur");
        type("title", "[TEST] Feuille de route du navigateur");
        type("startYear", "2030");
        type("endYear", "2029");
        browser.clickAndWaitForPage(browser.button("Créer la feuille de route"));
        assertThat(browser.mainText())
                .contains("Le formulaire contient des erreurs", "L’année de fin ne peut pas précéder");
        assertThat(browser.driver().findElement(By.id("slug")).getDomProperty("value"))
                .isEqualTo("Essai Navigateur");
        browser.assertAccessible("roadmaps-form-errors-1280");
        browser.phone();
        browser.assertAccessible("roadmaps-form-errors-390");
        browser.desktop();

        type("slug", "essai-navigateur");
        type("endYear", "2032");
        browser.clickAndWaitForPage(browser.button("Créer la feuille de route"));
        assertThat(browser.mainText())
                .contains("La feuille de route a été créée", "[TEST] Feuille de route du navigateur");

        browser.open(base + "/admin/feuilles-de-route/essai-navigateur/import");
        browser.assertAccessible("roadmap-import-1280");
        Path bad = copy("bad.csv");
        Path good = copy("good.csv");
        try {
            browser.driver().findElement(By.id("fichier")).sendKeys(bad.toString());
            browser.clickAndWaitForPage(browser.button("Vérifier le fichier"));
            assertThat(browser.mainText())
                    .contains("Le fichier ne peut pas être importé : 6 problèmes.", "Organisation inconnue");
            browser.assertAccessible("roadmap-import-refused-1280");
            browser.phone();
            browser.assertAccessible("roadmap-import-refused-390");
            browser.desktop();

            browser.open(base + "/admin/feuilles-de-route/essai-navigateur/import");
            browser.driver().findElement(By.id("fichier")).sendKeys(good.toString());
            browser.clickAndWaitForPage(browser.button("Vérifier le fichier"));
            assertThat(browser.mainText()).contains("Aucune erreur", "4 objectifs à créer");
            browser.assertAccessible("roadmap-import-ready-1280");
            browser.clickAndWaitForPage(browser.button("Importer 4 objectifs"));
            assertThat(browser.mainText()).contains("La structure a été importée : 4 objectifs créés.");
        } finally {
            Files.deleteIfExists(bad);
            Files.deleteIfExists(good);
        }

        browser.open(base + "/admin/feuilles-de-route/essai-navigateur/etat?vers=CURRENT");
        assertThat(browser.mainText()).contains("en vigueur aujourd’hui, sera archivée");
        browser.assertAccessible("roadmap-state-1280");
    }
}
