package fr.gouv.sante.jalons.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/**
 * CSV injection defence shared by every CSV the application writes (OWASP "CSV Injection"): a text
 * cell that a spreadsheet would read as a formula — first character {@code =}, {@code +}, {@code -},
 * {@code @}, tab or carriage return — is prefixed with a single quote, which spreadsheets show as
 * text. Only text cells go through it: number, date and boolean columns are written as they are, so
 * that a negative number stays a number for the reusers who compute with it.
 */
public final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {}

    /** The cell as written to a CSV file; {@code null} stays {@code null} (an empty cell). */
    @Contract("null -> null; !null -> !null")
    public static @Nullable String text(@Nullable String cell) {
        if (cell != null && !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
