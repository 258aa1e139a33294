package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An editor updates its organisation's reports from its workbook in a real browser: the import page,
 * the workbook downloaded through the page's link, a workbook with one bad cell refused by its preview,
 * the corrected one previewed and applied; every page accessible (axe-core) at 1280 and 390 px.
 */
@JalonsTest
class ReportImportBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    /** The file the download link gives, fetched by the page itself (with its session), as bytes. */
    private byte[] download() {
        String href = browser.driver()
                .findElement(By.partialLinkText("Télécharger le classeur"))
                .getDomAttribute("href");
        Object encoded = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch(arguments[0]).then(r => r.arrayBuffer()).then(buffer => {
                          let text = '';
                          new Uint8Array(buffer).forEach(b => text += String.fromCharCode(b));
                          done(btoa(text));
                        });""", href);
        return Base64.getDecoder().decode(String.valueOf(encoded));
    }

    /** The workbook with 3-1 updated, its first indicator's figure dated {@code date}, as a file to upload. */
    private static Path filled(byte[] workbook, String date) throws IOException {
        Path file = Files.createTempFile("points-avancement", ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                OutputStream out = Files.newOutputStream(file)) {
            Row objective = row(book, "Objectifs");
            objective.getCell(4).setCellValue("Atteint");
            objective.getCell(5).setCellValue("Mis à jour dans le tableur de l’ANS.");
            Row indicator = row(book, "Indicateurs");
            indicator.getCell(5).setCellValue(52);
            indicator.getCell(6).setCellValue("environ");
            indicator.getCell(7).setCellValue(date);
            indicator.getCell(8).setCellValue("jour");
            book.write(out);
        }
        return file;
    }

    private static Row row(XSSFWorkbook book, String sheet) {
        for (Row row : book.getSheet(sheet)) {
            if (row.getRowNum() > 0 && "3-1".equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for 3-1 in " + sheet);
    }

    private void upload(Path file) {
        browser.driver().findElement(By.id("fichier")).sendKeys(file.toString());
        browser.clickAndWaitForPage(browser.button("Vérifier le classeur"));
    }

    @Test
    void anEditorImportsItsWorkbookAfterCorrectingTheCellItsPreviewNamed() throws IOException {
        String base = "http://localhost:" + port;
        CurrentUser ans = users.editor("ANS");
        campaign.open();
        browser.desktop();
        browser.signIn(base, ans.email(), TestUsers.PASSWORD);
        browser.open(base + "/espace");
        browser.clickAndWaitForPage(browser.driver().findElement(By.linkText("Mettre à jour par tableur")));
        assertThat(browser.mainText()).contains("Télécharger le classeur XLSX — ANS", "Vérifier le classeur");
        browser.assertAccessible("report-import-1280");
        browser.phone();
        browser.assertAccessible("report-import-390");
        browser.desktop();

        byte[] workbook = download();
        Path bad = filled(workbook, "2024-01-15");
        Path good = filled(workbook, "2025-03-31");
        try {
            upload(bad);
            assertThat(browser.mainText())
                    .contains(
                            "Le classeur ne peut pas être importé : 1 cellule à corriger et aucun conflit.",
                            "Feuille Indicateurs, cellule H",
                            "La date doit être comprise dans la période de la campagne.")
                    .doesNotContain("Enregistrer 1 brouillon");
            browser.assertAccessible("report-import-refused-1280");
            browser.phone();
            browser.assertAccessible("report-import-refused-390");
            browser.desktop();
            assertThat(campaign.state("3-1")).isEqualTo(ReportState.TODO);

            browser.clickAndWaitForPage(browser.driver().findElement(By.linkText("Envoyer le classeur corrigé")));
            upload(good);
            assertThat(browser.mainText())
                    .contains("Aucune erreur", "Ce qui change : 1 objectif", "Brouillon créé", "→ Atteint");
            browser.assertAccessible("report-import-ready-1280");
            browser.phone();
            browser.assertAccessible("report-import-ready-390");
            browser.desktop();
            browser.clickAndWaitForPage(browser.button("Enregistrer 1 brouillon"));
            assertThat(browser.mainText())
                    .contains(
                            "Le classeur a été importé : 1 point d’avancement enregistré comme brouillon. Soumettez-le");
            browser.assertAccessible("report-import-applied-1280");
        } finally {
            Files.deleteIfExists(bad);
            Files.deleteIfExists(good);
        }
        assertThat(campaign.state("3-1")).isEqualTo(ReportState.DRAFT);
        assertThat(campaign.editor("3-1").narrative()).isEqualTo("Mis à jour dans le tableur de l’ANS.");
    }
}
