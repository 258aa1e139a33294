package fr.gouv.sante.jalons.reportimport;

import fr.gouv.sante.jalons.account.CurrentUser;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An organisation updates its objectives' progress reports from a spreadsheet, in three steps: it
 * downloads its workbook for the open period ({@link #workbook}: one row per objective it leads, one
 * per indicator, pre-filled), fills it, and uploads it; {@link #preview} reads it and names every bad
 * cell, every conflict with a newer save and every report no longer editable, writing nothing;
 * {@link #apply} saves every changed report as a draft in one transaction, or nothing. Each save is
 * the report form's own save (same checks, same audit trail). Editors act for their organisation, an
 * administrator for any lead organisation, a reader not at all (docs/campaign.md).
 */
public interface ReportImport {

    /** The largest file read, in bytes (2 MiB: an organisation's workbook is far below). */
    int MAX_BYTES = 2 * 1024 * 1024;

    /** The most data rows read in a sheet (the header aside). */
    int MAX_ROWS = 2000;

    /**
     * The organisations this person may import for, by acronym: their own for an editor, every lead
     * organisation for an administrator, none for a reader, nobody signed in (null) or while no period
     * takes reports.
     */
    List<String> organisations(@Nullable CurrentUser user);

    /**
     * The organisation's workbook for the open period: its objectives' reports as saved (or as last
     * published when none is), each indicator's last published figure, the columns to fill, and an
     * "Instructions" sheet.
     *
     * @throws fr.gouv.sante.jalons.shared.InputRefused no period takes reports
     * @throws org.springframework.security.access.AccessDeniedException the user may not act for it
     */
    byte[] workbook(CurrentUser user, String organisation);

    /** What importing this file would change, every problem and conflict named; writes nothing. */
    ReportImportPreview preview(CurrentUser user, String organisation, String fileName, byte[] content);

    /**
     * Saves every changed report of the file as a draft, all at once or not at all. The file is read
     * and checked again (someone may have saved since the preview), and must still be the one the
     * preview showed.
     *
     * @param sha256 the hash the preview showed (hexadecimal), which the content must still have
     * @throws ReportImportRefused a cell, a row or a conflict refuses it now: nothing was saved
     */
    ReportImportPreview apply(CurrentUser user, String organisation, String fileName, byte[] content, String sha256);
}
