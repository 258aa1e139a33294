package fr.gouv.sante.jalons.roadmapadmin;

import fr.gouv.sante.jalons.shared.Deadline;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What importing a file would do (or did): how many axes, priorities and objectives it holds and how
 * many would be created, the objectives as read, and every problem, each with its row, column and
 * value when it has them. It can be applied only when there is no problem at all.
 *
 * @param sha256 the hexadecimal SHA-256 hash of the file's bytes
 */
public record StructureImportPreview(
        String roadmapSlug,
        String roadmapTitle,
        String fileName,
        String sha256,
        Counts counts,
        List<ObjectiveRow> objectives,
        List<Problem> problems) {

    public StructureImportPreview {
        objectives = List.copyOf(objectives);
        problems = List.copyOf(problems);
    }

    public boolean applicable() {
        return problems.isEmpty() && counts.objectives() > 0;
    }

    /**
     * The sizes of the file's structure.
     *
     * @param rows the data rows read (the header and empty rows aside)
     * @param newAxes the axes that the roadmap does not have yet, which the import creates
     * @param newPriorities the priorities that the roadmap does not have yet
     */
    public record Counts(int rows, int axes, int newAxes, int priorities, int newPriorities, int objectives) {

        public static Counts none() {
            return new Counts(0, 0, 0, 0, 0, 0);
        }
    }

    /** An objective as read from its row, with its lead organisations (the pilot first). */
    public record ObjectiveRow(
            int line, int axis, int priority, String code, String title, Deadline deadline, List<String> owners) {

        public ObjectiveRow {
            owners = List.copyOf(owners);
        }
    }

    /**
     * Something refused: in a cell ({@code line}, {@code column} and {@code value} given), in a row
     * (no column), or in the file or the roadmap as a whole (no line).
     *
     * @param line the row as the spreadsheet numbers it (the header is row 1)
     * @param column the column as the template names it
     * @param value the cell as read, shortened when long
     */
    public record Problem(
            @Nullable Integer line,
            @Nullable String column,
            @Nullable String value,
            String messageKey,
            List<String> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        /** The arguments as a message expression takes them. */
        public Object[] args() {
            return arguments.toArray();
        }
    }
}
