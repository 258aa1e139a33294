package fr.gouv.sante.jalons.reportimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.ReportFormView;
import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * An organisation's progress reports updated from its workbook: downloaded, filled with Apache POI as a
 * person would in a spreadsheet, checked (every bad cell named, nothing saved) and applied as drafts, all
 * at once or not at all, each save audited as the form's. 3-1 is led by GIE SESAM-Vitale, ANS, CNAM and
 * DNS; 1-2 by CNAM and DNS.
 */
@JalonsTest
class ReportImportTests {

    @LocalServerPort
    int port;

    @Autowired
    ReportImport imports;

    @Autowired
    CampaignFixture campaign;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    CurrentUser editor;

    @BeforeEach
    void openCampaign() {
        campaign.open();
        editor = users.editor("ANS");
    }

    /** The downloaded workbook changed by {@code edit}, as a spreadsheet would save it. */
    private byte[] edited(byte[] workbook, Consumer<XSSFWorkbook> edit) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(book);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row of {@code sheet} whose first cell is the objective's code (the first one, for indicators). */
    private static Row row(XSSFWorkbook book, String sheet, String code) {
        for (Row row : book.getSheet(sheet)) {
            if (row.getRowNum() > 0 && code.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + code + " in " + sheet);
    }

    private static void set(Row row, int column, String text) {
        row.getCell(column).setCellValue(text);
    }

    /** 3-1 filled: a status, a narrative, and a figure of its first indicator dated {@code date}. */
    private byte[] filled(byte[] workbook, String date) {
        return edited(workbook, book -> {
            Row objective = row(book, "Objectifs", "3-1");
            set(objective, 4, "atteint");
            set(objective, 5, "Mis à jour par tableur.\n- premier point");
            Row indicator = row(book, "Indicateurs", "3-1");
            indicator.getCell(5).setCellValue(52);
            set(indicator, 6, "plus de");
            set(indicator, 7, date);
            set(indicator, 8, "mois");
        });
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void aBadCellIsNamedAndChangesNothingThenTheCorrectedWorkbookCreatesTheDrafts() {
        byte[] workbook = imports.workbook(editor, "ANS");
        long reports = count("progress_report");
        long audit = count("audit_event");

        // a date outside the campaign: the form's own rule, named by its cell
        byte[] bad = filled(workbook, "2024-01-15");
        ReportImportPreview preview = imports.preview(editor, "ANS", "ans.xlsx", bad);
        assertThat(preview.applicable()).isFalse();
        assertThat(preview.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.sheet()).isEqualTo("Indicateurs");
            assertThat(problem.cell()).matches("H[0-9]+");
            assertThat(problem.messageKey()).isEqualTo("report.measurement.date.outside");
        });
        assertThatThrownBy(() -> imports.apply(editor, "ANS", "ans.xlsx", bad, preview.sha256()))
                .isInstanceOf(ReportImportRefused.class);
        assertThat(count("progress_report")).isEqualTo(reports);
        assertThat(count("audit_event")).isEqualTo(audit);

        byte[] good = filled(workbook, "31/03/2025");
        ReportImportPreview ready = imports.preview(editor, "ANS", "ans.xlsx", good);
        assertThat(ready.problems()).isEmpty();
        assertThat(ready.conflicts()).isEmpty();
        assertThat(ready.changes()).singleElement().satisfies(change -> {
            assertThat(change.code()).isEqualTo("3-1");
            assertThat(change.created()).isTrue();
            assertThat(change.status()).isEqualTo(ProgressStatus.ACHIEVED);
            assertThat(change.figures()).hasSize(1);
        });
        assertThat(ready.unchanged()).isPositive();
        long lastEvent = jdbc.sql("select coalesce(max(id), 0) from audit_event")
                .query(Long.class)
                .single();
        imports.apply(editor, "ANS", "ans.xlsx", good, ready.sha256());

        ReportFormView saved = campaign.editor("3-1");
        assertThat(saved.state()).isEqualTo(ReportState.DRAFT);
        assertThat(saved.status()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(saved.narrative()).isEqualTo("Mis à jour par tableur.\n- premier point");
        assertThat(jdbc.sql("""
                        select m.value || '|' || m.qualifier || '|' || m.date_precision || '|' || m.measured_on
                        from measurement m join progress_report r on r.id = m.report_id
                        join objective o on o.id = r.objective_id where o.code = '3-1'""").query(String.class).single()).isEqualTo("52.00|AT_LEAST|MONTH|2025-03-31");
        // audited as the form's save: the report created, its measurement created, by this editor
        assertThat(jdbc.sql("select entity_type || ' ' || action || ' ' || actor_label from audit_event where id > ?"
                                + " order by id")
                        .param(lastEvent)
                        .query(String.class)
                        .list())
                .containsExactly("PROGRESS_REPORT CREATED " + editor.label(), "MEASUREMENT CREATED " + editor.label());
        assertThat(count("progress_report")).isEqualTo(reports + 1);

        // the same workbook again: nothing left to change, nothing to apply
        ReportImportPreview again =
                imports.preview(editor, "ANS", "ans.xlsx", filled(imports.workbook(editor, "ANS"), "2025-03-31"));
        assertThat(again.changes()).isEmpty();
        assertThat(again.applicable()).isFalse();
    }

    @Test
    void aReportSavedSinceTheDownloadIsAConflictNamingWhoSavedItAndNothingIsSaved() {
        byte[] workbook = imports.workbook(editor, "ANS");
        CurrentUser cnam = users.editor("CNAM");
        campaign.draft(cnam, "3-1", ProgressStatus.ON_TRACK, "Par la CNAM.");
        long version = campaign.version("3-1");
        String other = otherObjectiveOfAns();
        byte[] content =
                edited(filled(workbook, "2025-03-31"), book -> set(row(book, "Objectifs", other), 5, "Autre."));

        ReportImportPreview preview = imports.preview(editor, "ANS", "ans.xlsx", content);

        assertThat(preview.applicable()).isFalse();
        assertThat(preview.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.code()).isEqualTo("3-1");
            assertThat(conflict.savedBy())
                    .isEqualTo(campaign.editor("3-1").updatedBy())
                    .contains("CNAM");
            assertThat(conflict.savedAt()).isNotNull();
        });
        assertThatThrownBy(() -> imports.apply(editor, "ANS", "ans.xlsx", content, preview.sha256()))
                .isInstanceOf(ReportImportRefused.class);
        // neither the conflicting row nor the good one was saved
        assertThat(campaign.version("3-1")).isEqualTo(version);
        assertThat(campaign.editor("3-1").narrative()).isEqualTo("Par la CNAM.");
        assertThat(campaign.state(other)).isEqualTo(ReportState.TODO);
    }

    @Test
    void aSaveBetweenThePreviewAndTheApplyRefusesTheWholeImport() {
        byte[] workbook = imports.workbook(editor, "ANS");
        String other = otherObjectiveOfAns();
        byte[] content =
                edited(filled(workbook, "2025-03-31"), book -> set(row(book, "Objectifs", other), 5, "Autre."));
        ReportImportPreview preview = imports.preview(editor, "ANS", "ans.xlsx", content);
        assertThat(preview.applicable()).isTrue();
        assertThat(preview.changes()).hasSize(2);

        campaign.draft(users.editor("CNAM"), "3-1", ProgressStatus.ON_TRACK, "Par la CNAM.");

        assertThatThrownBy(() -> imports.apply(editor, "ANS", "ans.xlsx", content, preview.sha256()))
                .isInstanceOfSatisfying(
                        ReportImportRefused.class,
                        refused -> assertThat(refused.preview().conflicts())
                                .singleElement()
                                .satisfies(
                                        conflict -> assertThat(conflict.code()).isEqualTo("3-1")));
        assertThat(campaign.state(other)).isEqualTo(ReportState.TODO);
        assertThat(campaign.editor("3-1").narrative()).isEqualTo("Par la CNAM.");
    }

    @Test
    void aSubmittedReportAndAnotherOrganisationsObjectiveAreRefusedByTheirCells() {
        campaign.submitted(editor, "3-1", ProgressStatus.ON_TRACK, "Soumis.");
        byte[] workbook = imports.workbook(editor, "ANS");
        byte[] content = edited(workbook, book -> {
            set(row(book, "Objectifs", "3-1"), 5, "Changé après la soumission.");
            Sheet objectives = book.getSheet("Objectifs");
            Row foreign = objectives.createRow(objectives.getLastRowNum() + 1);
            foreign.createCell(0).setCellValue("1-2");
            foreign.createCell(4).setCellValue("Atteint");
            foreign.createCell(5).setCellValue("Pas le nôtre.");
        });

        ReportImportPreview preview = imports.preview(editor, "ANS", "ans.xlsx", content);

        assertThat(preview.problems())
                .extracting(ReportImportPreview.Problem::messageKey)
                .containsExactlyInAnyOrder("report.state.locked", "report.import.objective.not-led");
        assertThat(preview.problems())
                .filteredOn(problem -> problem.messageKey().equals("report.import.objective.not-led"))
                .singleElement()
                .satisfies(problem -> assertThat(problem.cell()).matches("A[0-9]+"));
        assertThat(campaign.state("1-2")).isEqualTo(ReportState.TODO);
    }

    @Test
    void onlyEditorsOfTheOrganisationAndAdministratorsMayImport() {
        assertThat(imports.organisations(editor)).containsExactly("ANS");
        assertThat(imports.organisations(users.reader("ANS"))).isEmpty();
        assertThat(imports.organisations(users.admin())).contains("ANS", "CNAM", "DNS");
        assertThatThrownBy(() -> imports.workbook(editor, "CNAM")).isInstanceOf(AccessDeniedException.class);
        assertThat(new WebSession(port).get("/espace/import").statusCode()).isEqualTo(302);
        WebSession reader = WebSession.signedIn(port, users.reader("ANS").email(), TestUsers.PASSWORD);
        assertThat(reader.get("/espace/import").body()).contains("pas de mettre à jour leurs points d’avancement");
        // the workspace offers the import to whoever may import, and only to them
        assertThat(reader.get("/espace").body()).contains("Mes objectifs").doesNotContain("/espace/import");
        assertThat(WebSession.signedIn(port, editor.email(), TestUsers.PASSWORD)
                        .get("/espace")
                        .body())
                .contains("href=\"/espace/import\"");
        assertThat(reader.get("/espace/import/classeur.xlsx?organisation=ANS").statusCode())
                .isEqualTo(403);
        assertThatThrownBy(() -> imports.preview(users.reader("ANS"), "ANS", "a.xlsx", new byte[] {1}))
                .isInstanceOf(AccessDeniedException.class);

        // an administrator imports for the organisation it chose, audited under its own name
        CurrentUser admin = users.admin();
        byte[] content = filled(imports.workbook(admin, "ANS"), "2025-03-31");
        ReportImportPreview preview = imports.preview(admin, "ANS", "ans.xlsx", content);
        imports.apply(admin, "ANS", "ans.xlsx", content, preview.sha256());
        assertThat(campaign.state("3-1")).isEqualTo(ReportState.DRAFT);
        // a workbook made for ANS is not taken for CNAM
        assertThat(imports.preview(admin, "CNAM", "ans.xlsx", content).problems())
                .extracting(ReportImportPreview.Problem::messageKey)
                .contains("report.import.other-organisation");
    }

    @Test
    void aFileThatIsNotAWorkbookGetsAFrenchMessageNeverAServerError() {
        long reports = count("progress_report");
        byte[] text = "code;statut\n3-1;Atteint\n".getBytes(StandardCharsets.UTF_8);
        assertThat(imports.preview(editor, "ANS", "ans.csv", text).problems())
                .extracting(ReportImportPreview.Problem::messageKey)
                .containsExactly("report.import.file.not-xlsx");
        assertThat(imports.preview(editor, "ANS", "ans.xlsx", text).problems())
                .extracting(ReportImportPreview.Problem::messageKey)
                .containsExactly("report.import.file.not-xlsx");
        // a damaged workbook: a zip's signature and nothing else
        byte[] damaged = {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0};
        assertThat(imports.preview(editor, "ANS", "ans.xlsx", damaged).problems())
                .extracting(ReportImportPreview.Problem::messageKey)
                .containsExactly("report.import.file.not-xlsx");

        WebSession session = WebSession.signedIn(port, editor.email(), TestUsers.PASSWORD);
        session.get("/espace/import");
        HttpResponse<String> response = session.upload("/espace/import", "fichier", "notes.txt", "text/plain", text);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Le fichier n’est pas un classeur XLSX lisible", "Fichier")
                .doesNotContain("Enregistrer");
        // a confirmation without a checked file waiting in the session saves nothing
        HttpResponse<String> expired =
                session.post("/espace/import/confirmation", true, "jeton", "inconnu", "empreinte", "0".repeat(64));
        assertThat(expired.statusCode()).isEqualTo(302);
        assertThat(expired.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/espace/import"));
        assertThat(count("progress_report")).isEqualTo(reports);
    }

    @Test
    void theDownloadedWorkbookHoldsTheOrganisationsObjectivesAndItsInstructions() {
        HttpResponse<byte[]> download =
                WebSession.signedIn(port, editor.email(), TestUsers.PASSWORD).download("/espace/import/classeur.xlsx");
        assertThat(download.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)))
                    .containsExactly("Objectifs", "Indicateurs", "Instructions");
            assertThat(row(book, "Objectifs", "3-1").getCell(6).getStringCellValue())
                    .isEmpty();
            assertThat(book.getSheet("Objectifs").getRow(0).getCell(6).getStringCellValue())
                    .isEqualTo("Version (ne pas modifier)");
            assertThat(book.getSheet("Instructions").getRow(3).getCell(1).getStringCellValue())
                    .isEqualTo(CampaignFixture.PERIOD);
            for (Row row : book.getSheet("Objectifs")) {
                if (row.getRowNum() > 0) {
                    assertThat(row.getCell(0).getStringCellValue()).isNotEqualTo("1-2");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An objective of the ANS workbook other than 3-1 (none has a report yet). */
    private String otherObjectiveOfAns() {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(imports.workbook(editor, "ANS")))) {
            for (Row row : book.getSheet("Objectifs")) {
                String code = row.getCell(0).getStringCellValue();
                if (row.getRowNum() > 0 && !code.equals("3-1")) {
                    return code;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("ANS leads no objective but 3-1");
    }
}
