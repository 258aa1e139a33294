package fr.gouv.sante.jalons.roadmapadmin;

import fr.gouv.sante.jalons.account.CurrentUser;
import java.util.List;

/**
 * The DNS imports a roadmap's structure (axes, priorities, objectives with their lead organisations,
 * target and deadline) from a spreadsheet, XLSX or CSV, in two steps: {@link #preview} reads the file
 * and names every bad row and cell, writing nothing; {@link #apply} writes the whole structure in one
 * transaction, or nothing. Only into a draft or archived roadmap that has no objective yet.
 * Administrators only; the import is in the audit trail with the file's name and SHA-256 hash.
 */
public interface StructureImport {

    /** The template's columns, in its order (docs/roadmap-import.md says what each holds). */
    List<String> COLUMNS =
            List.of("axe", "axe_titre", "priorite", "priorite_titre", "code", "titre", "cible", "echeance", "pilotes");

    /** The largest file read, in bytes (2 MiB). */
    int MAX_BYTES = 2 * 1024 * 1024;

    /** The most data rows read (the header aside). */
    int MAX_ROWS = 2000;

    /** What importing this file into the roadmap would do, every problem named; writes nothing. */
    StructureImportPreview preview(CurrentUser admin, String slug, String fileName, byte[] content);

    /**
     * Imports the file into the roadmap, all at once or not at all. The file is read and checked again
     * (the roadmap or the organisations may have changed since the preview), and must still be the one
     * the preview showed.
     *
     * @param sha256 the hash the preview showed (hexadecimal), which the content must still have
     * @throws StructureImportRefused the content changed, or a row, a cell or the roadmap is refused now:
     *     nothing was written
     */
    StructureImportPreview apply(CurrentUser admin, String slug, String fileName, byte[] content, String sha256);
}
