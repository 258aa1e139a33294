package fr.gouv.sante.jalons.signatory;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What importing a CSV file of signatories would do: each row as read, with the errors of its cells,
 * and the problems of the file as a whole (no header, a missing column, no row). It can be applied only
 * when there is no error at all.
 */
public record ImportPreview(List<Row> rows, List<Message> fileProblems) {

    public ImportPreview {
        rows = List.copyOf(rows);
        fileProblems = List.copyOf(fileProblems);
    }

    public boolean applicable() {
        return fileProblems.isEmpty() && !rows.isEmpty() && rows.stream().allMatch(Row::valid);
    }

    /** Every bad cell of every row, in the file's order. */
    public List<CellError> errors() {
        return rows.stream().flatMap(row -> row.errors().stream()).toList();
    }

    /** The rows with at least one error. */
    public long invalidRows() {
        return rows.stream().filter(row -> !row.valid()).count();
    }

    /**
     * A row of the file, its cells as read.
     *
     * @param line its line in the file (the header is line 1)
     */
    public record Row(
            int line,
            String legalName,
            String siren,
            String sectors,
            String signedOn,
            String charterVersion,
            String status,
            String withdrawnOn,
            String withdrawalReason,
            List<CellError> errors) {

        public Row {
            errors = List.copyOf(errors);
        }

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /**
     * A refused cell: its line, its column as the file names it, and why (a message key and its arguments).
     */
    public record CellError(int line, @Nullable String column, String messageKey, List<String> arguments) {

        public CellError {
            arguments = List.copyOf(arguments);
        }

        /** The arguments as a message expression takes them. */
        public Object[] args() {
            return arguments.toArray();
        }
    }

    /** A message key and its arguments. */
    public record Message(String messageKey, List<String> arguments) {

        public Message {
            arguments = List.copyOf(arguments);
        }

        /** The arguments as a message expression takes them. */
        public Object[] args() {
            return arguments.toArray();
        }
    }
}
