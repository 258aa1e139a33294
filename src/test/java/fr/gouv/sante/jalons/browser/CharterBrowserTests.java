package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.signatory.SignatoryRegister;
import fr.gouv.sante.jalons.signatory.SignatoryRegister.ReinstatementInput;
import fr.gouv.sante.jalons.signatory.SignatoryRegister.SignatoryInput;
import fr.gouv.sante.jalons.signatory.SignatoryRegister.WithdrawalInput;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A visitor reads the charter and its source, searches its signatories and checks whether a company
 * signed it (one withdrawn, one reinstated with its withdrawal kept in view), on a desktop and on a
 * phone: every page accessible (axe-core), none wider than the screen. An administrator's forms, a
 * reinstatement refused next to its fields among them.
 */
@JalonsTest
class CharterBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    SignatoryRegister register;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @BeforeEach
    void threeSignatoriesOneWithdrawnOneReinstated() {
        CurrentUser admin = new TestUsers(jdbc, passwords).admin();
        register.add(
                admin,
                new SignatoryInput(
                        "Éditeur Navigateur Un",
                        "900000043",
                        List.of("sanitaire", "medico-social"),
                        "2024-02-01",
                        "2023"));
        long withdrawn = register.add(
                admin,
                new SignatoryInput("Éditeur Navigateur Deux", "900000050", List.of("social"), "2021-06-01", "2021"));
        register.withdraw(
                admin,
                withdrawn,
                new WithdrawalInput("2024-10-15", "Cession de l’activité à un autre éditeur"),
                versionOf(withdrawn));
        long reinstated = register.add(
                admin,
                new SignatoryInput(
                        "Éditeur Navigateur Six", "900000084", List.of("medico-social"), "2023-09-01", "2023"));
        register.withdraw(
                admin, reinstated, new WithdrawalInput("2024-06-03", "Fin d’activité annoncée"), versionOf(reinstated));
        register.reinstate(
                admin,
                reinstated,
                new ReinstatementInput("2024-06-10", "Retrait enregistré par erreur"),
                versionOf(reinstated));
    }

    private long versionOf(long id) {
        return jdbc.sql("select version from charter_signatory where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    @AfterEach
    void removeThem() {
        jdbc.sql("delete from charter_signatory where siren in ('900000043', '900000050', '900000084')")
                .update();
    }

    @Test
    void theCharterItsSignatoriesAndTheCheckAt1280And390Pixels() {
        String base = "http://localhost:" + port;
        for (String width : new String[] {"1280", "390"}) {
            if (width.equals("390")) {
                browser.phone();
            } else {
                browser.desktop();
            }
            readTheCharterAndItsSource(base, width);
            searchTheRegister(base, width);

            browser.open(base + "/charte/signataires");
            assertThat(browser.h1()).isEqualTo("Les signataires de la charte e-santé");
            assertThat(browser.mainText())
                    .contains("Éditeur Navigateur Un", "Éditeur Navigateur Deux", "Depuis le 15 octobre 2024")
                    // badges are printed in capitals
                    .containsIgnoringCase("Retirée de la charte");
            assertFitsTheScreen();
            browser.assertAccessible("charter-signatories-" + width);

            checkSirens(width);
        }
        browser.desktop();
    }

    private static void readTheCharterAndItsSource(String base, String width) {
        browser.open(base + "/charte");
        assertThat(browser.h1()).isEqualTo("La charte e-santé");
        assertThat(browser.mainText())
                .contains(
                        "I. Préambule",
                        "III. Engagements des pouvoirs publics",
                        "Engagement des pouvoirs publics n° 5",
                        "3-1 — Catalogue d'applications avec échanges",
                        "« une première charte signée en 2021 »");
        assertFitsTheScreen();
        browser.assertAccessible("charter-" + width);

        // the text's source, described on the sources page
        browser.clickAndWaitForPage(browser.driver().findElement(By.cssSelector(".jalons-charter-source a")));
        assertThat(browser.h1()).isEqualTo("Sources des données");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/sources#charte-e-sante");
        assertThat(browser.driver().findElement(By.id("charte-e-sante")).getText())
                .contains("Le texte ne porte pas de date.", "Non indiqué dans le document");
        assertFitsTheScreen();
        browser.assertAccessible("charter-source-" + width);
    }

    /** A search of the register: the reinstated company, active, its withdrawal kept in view. */
    private static void searchTheRegister(String base, String width) {
        browser.open(base + "/charte/signataires");
        browser.driver().findElement(By.id("q")).sendKeys("navigateur six");
        browser.clickAndWaitForPage(browser.button("Rechercher"));
        assertThat(browser.mainText())
                .contains(
                        "1 résultat",
                        "Éditeur Navigateur Six",
                        "Historique :",
                        "Retirée le 3 juin 2024, motif : Fin d’activité annoncée",
                        "Réintégrée le 10 juin 2024, motif : Retrait enregistré par erreur")
                .doesNotContain("Éditeur Navigateur Un", "Éditeur Navigateur Deux");
        assertThat(browser.driver().findElement(By.id("q")).getDomProperty("value"))
                .isEqualTo("navigateur six");
        assertFitsTheScreen();
        browser.assertAccessible("charter-signatories-search-" + width);
    }

    /** The check, from the register's page: withdrawn, no SIREN, active, reinstated. */
    private static void checkSirens(String width) {
        // a SIREN typed with spaces, as printed on an invoice
        check("900 000 050");
        assertThat(browser.h1()).isEqualTo("Cette entreprise est-elle signataire ?");
        assertThat(browser.mainText())
                .contains(
                        "Non : l’entreprise de SIREN 900 000 050 a signé la charte, mais s’en est retirée.",
                        "Retirée depuis le 15 octobre 2024.",
                        "Motif du retrait : Cession de l’activité à un autre éditeur");
        assertFitsTheScreen();
        browser.assertAccessible("charter-check-withdrawn-" + width);

        // a number that is no SIREN: the error next to the field, the typed value kept
        check("900000051");
        assertThat(browser.mainText()).contains("sa clé de contrôle (le dernier chiffre) ne correspond pas");
        assertThat(browser.driver().findElement(By.id("siren")).getDomProperty("value"))
                .isEqualTo("900000051");
        assertThat(browser.driver().findElement(By.id("siren")).getDomAttribute("aria-describedby"))
                .isEqualTo("siren-error");
        browser.assertAccessible("charter-check-error-" + width);

        check("900000043");
        assertThat(browser.mainText()).contains("Oui : l’entreprise de SIREN 900 000 043 est signataire de la charte.");
        browser.assertAccessible("charter-check-active-" + width);

        check("900000084");
        assertThat(browser.mainText())
                .contains(
                        "Oui : l’entreprise de SIREN 900 000 084 est signataire de la charte.",
                        "Retirée le 3 juin 2024, motif : Fin d’activité annoncée",
                        "Réintégrée le 10 juin 2024, motif : Retrait enregistré par erreur");
        assertFitsTheScreen();
        browser.assertAccessible("charter-check-reinstated-" + width);
    }

    private static void check(String siren) {
        WebElement field = browser.driver().findElement(By.id("siren"));
        field.clear();
        field.sendKeys(siren);
        browser.clickAndWaitForPage(browser.button("Vérifier"));
    }

    @Test
    void anAdministratorKeepsTheRegisterWithAccessibleFormsAndErrors() throws Exception {
        String base = "http://localhost:" + port;
        CurrentUser admin = new TestUsers(jdbc, passwords).admin();
        browser.desktop();
        browser.signIn(base, admin.email(), TestUsers.PASSWORD);

        browser.open(base + "/admin/charte/signataires");
        assertThat(browser.mainText()).contains("Éditeur Navigateur Un");

        // a SIREN whose key is wrong and no sector: both errors next to their fields, the rest kept
        browser.open(base + "/admin/charte/signataires/nouveau");
        browser.driver().findElement(By.id("legalName")).sendKeys("Éditeur Navigateur Trois");
        browser.driver().findElement(By.id("siren")).sendKeys("900 000 069");
        browser.driver().findElement(By.id("signedOn")).sendKeys("15032024");
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("charterVersion")))
                .selectByValue("2023");
        browser.clickAndWaitForPage(browser.button("Ajouter au registre"));
        assertThat(browser.mainText())
                .contains(
                        "Le formulaire contient des erreurs",
                        "Ce numéro n’est pas un SIREN valide",
                        "Cochez au moins un secteur");
        assertThat(browser.driver().findElement(By.id("legalName")).getDomProperty("value"))
                .isEqualTo("Éditeur Navigateur Trois");
        browser.assertAccessible("charter-admin-form-errors-1280");
        browser.phone();
        browser.assertAccessible("charter-admin-form-errors-390");
        browser.desktop();

        // a file with a bad row: every bad cell named, nothing to confirm
        java.nio.file.Path file = java.nio.file.Files.createTempFile("signataires", ".csv");
        try {
            java.nio.file.Files.writeString(file, """
                    legal_name,siren,sectors,signed_on,charter_version
                    Éditeur Navigateur Quatre,900000076,SOCIAL,2024-03-15,2023
                    Éditeur Navigateur Cinq,900000077,SOCIAL,2024-03-15,2023
                    """);
            browser.open(base + "/admin/charte/signataires/import");
            browser.assertAccessible("charter-admin-import-1280");
            browser.driver().findElement(By.id("fichier")).sendKeys(file.toString());
            browser.clickAndWaitForPage(browser.button("Vérifier le fichier"));
            assertThat(browser.mainText()).contains("Ligne 3, colonne « siren »", "Rien n’a été enregistré.");
            browser.assertAccessible("charter-admin-import-preview-1280");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }

        refuseAReinstatement(base);

        browser.open(base + "/admin/charte/engagements/etat/5");
        assertThat(browser.mainText()).contains("3-1 — Catalogue d'applications avec échanges");
        browser.assertAccessible("charter-admin-links-1280");
    }

    /** A reinstatement dated before the withdrawal and without a reason: refused next to each field. */
    private void refuseAReinstatement(String base) {
        long withdrawn = jdbc.sql("select id from charter_signatory where siren = '900000050'")
                .query(Long.class)
                .single();
        for (String width : new String[] {"1280", "390"}) {
            if (width.equals("390")) {
                browser.phone();
            } else {
                browser.desktop();
            }
            browser.open(base + "/admin/charte/signataires");
            assertFitsTheScreen();
            browser.assertAccessible("charter-admin-list-" + width);
            browser.clickAndWaitForPage(browser.driver()
                    .findElement(
                            By.cssSelector("a[href='/admin/charte/signataires/" + withdrawn + "/reintegration']")));
            assertThat(browser.h1()).isEqualTo("Réintégrer Éditeur Navigateur Deux");
            browser.driver().findElement(By.id("reinstatedOn")).sendKeys("01012024");
            browser.clickAndWaitForPage(browser.button("Enregistrer la réintégration"));
            assertThat(browser.mainText())
                    .contains(
                            "Le formulaire contient des erreurs",
                            "La date de la réintégration ne peut pas précéder celle du retrait (15 octobre 2024).",
                            "Saisissez le motif de la réintégration.");
            assertThat(browser.driver().findElement(By.id("reinstatedOn")).getDomProperty("value"))
                    .isEqualTo("2024-01-01");
            assertThat(browser.driver()
                            .findElement(By.id("reinstatementReason"))
                            .getDomAttribute("aria-describedby"))
                    .isEqualTo("reinstatementReason-error");
            assertFitsTheScreen();
            browser.assertAccessible("charter-admin-reinstatement-errors-" + width);
        }
        browser.desktop();
    }

    /** No horizontal scrolling of the page itself: wide tables scroll inside their own frame. */
    private static void assertFitsTheScreen() {
        Object overflow = ((JavascriptExecutor) browser.driver())
                .executeScript("const e = document.documentElement; return e.scrollWidth - e.clientWidth;");
        assertThat(((Number) overflow).intValue())
                .as("page wider than the screen")
                .isLessThanOrEqualTo(0);
    }
}
