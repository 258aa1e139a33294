package fr.gouv.sante.jalons.reportimport;

import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.shared.DatePrecision;
import fr.gouv.sante.jalons.shared.FigureQualifier;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What importing a workbook would do (or did): the reports it changes and how, the rows it leaves as
 * they are, every bad cell and every conflict with a newer save. It can be applied only when it changes
 * something and has neither problem nor conflict.
 *
 * @param period the open period's code, null when none takes reports
 * @param sha256 the hexadecimal SHA-256 hash of the file's bytes
 * @param unchanged how many objective rows change nothing (left out of the import)
 */
public record ReportImportPreview(
        String organisation,
        @Nullable String period,
        String fileName,
        String sha256,
        List<RowChange> changes,
        int unchanged,
        List<Problem> problems,
        List<Conflict> conflicts) {

    public ReportImportPreview {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
        conflicts = List.copyOf(conflicts);
    }

    public boolean applicable() {
        return problems.isEmpty() && conflicts.isEmpty() && !changes.isEmpty();
    }

    /**
     * One objective's report as the import would save it.
     *
     * @param line the row of the objectives' sheet, as the spreadsheet numbers it
     * @param created no report exists yet in the period: the import creates its draft
     * @param status the status it would have when it changes, null otherwise
     * @param statusBefore the status saved (or last published) before, when the status changes
     * @param narrative the new narrative when it changes, null otherwise
     */
    public record RowChange(
            int line,
            String code,
            String title,
            ReportState state,
            boolean created,
            boolean statusChanged,
            @Nullable ProgressStatus statusBefore,
            @Nullable ProgressStatus status,
            @Nullable String narrative,
            List<FigureChange> figures) {

        public RowChange {
            figures = List.copyOf(figures);
        }
    }

    /** A draft measurement added, changed or (when {@code removed}) taken out of the report. */
    public record FigureChange(
            String indicator,
            String unit,
            @Nullable BigDecimal value,
            @Nullable LocalDate date,
            FigureQualifier qualifier,
            DatePrecision precision,
            boolean removed) {}

    /**
     * Something refused: in a cell ({@code sheet} and {@code cell} given, e.g. "Objectifs", "F7"), in a
     * row (only the row's first cell) or in the file as a whole (no sheet).
     *
     * @param value the cell as read, shortened when long
     * @param messageKey the same message as the report form gives for the same mistake, when it has one
     * @param hintKey a second sentence for the spreadsheet (how to confirm a figure there), or null
     */
    public record Problem(
            @Nullable String sheet,
            @Nullable String cell,
            @Nullable String value,
            String messageKey,
            List<String> arguments,
            @Nullable String hintKey) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        /** The arguments as a message expression takes them. */
        public Object[] args() {
            return arguments.toArray();
        }
    }

    /**
     * A row that started from another version than the one saved now: someone saved the report since
     * the workbook was downloaded, and the import would overwrite it.
     *
     * @param savedBy who saved it last, null when nobody did (the report is gone)
     */
    public record Conflict(
            int line,
            String code,
            @Nullable String savedBy,
            @Nullable Instant savedAt) {}
}
