package fr.gouv.sante.jalons.signatory.domain;

import fr.gouv.sante.jalons.signatory.ImportPreview.Message;
import fr.gouv.sante.jalons.signatory.SignatoryRegister;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV file of signatories: the columns of the open-data export ({@code legal_name}, {@code
 * siren}, ...) or their French names ({@code raison_sociale}, {@code secteurs}, ...), separated by
 * commas or by semicolons (what a French spreadsheet writes), in any order. Only the shape of the file
 * is judged here; the cells are checked by {@link SignatoryRules}.
 */
final class SignatoryCsv {

    static final int MAX_ROWS = 5000;

    /** Optional columns, beside the fields of {@link SignatoryRegister}: what the export adds. */
    static final String STATUS = "status";

    /**
     * The export's columns of the withdrawals that ended with a reinstatement. A file may carry them (an
     * export read back) but only empty, or with no reinstatement counted: the import adds signatories,
     * and a reinstatement is recorded from the register, where it is checked and audited.
     */
    static final List<String> HISTORY = List.of(
            "previous_withdrawn_on",
            "previous_withdrawal_reason",
            "reinstated_on",
            "reinstatement_reason",
            "reinstatements");

    /** Column names by field, the export's first; compared in lower case, accents and separators aside. */
    private static final Map<String, List<String>> NAMES = names();

    /** Fields every file must have a column for. */
    static final List<String> REQUIRED = List.of(
            SignatoryRegister.LEGAL_NAME,
            SignatoryRegister.SIREN,
            SignatoryRegister.SECTORS,
            SignatoryRegister.SIGNED_ON,
            SignatoryRegister.CHARTER_VERSION);

    private SignatoryCsv() {}

    /**
     * The file as read.
     *
     * @param columns each field's column name, as the file writes it
     */
    record Parsed(Map<String, String> columns, List<RawRow> rows, List<Message> problems) {}

    /**
     * A data row: its line in the file (the header is line 1), its cells by field, and how many cells it
     * has when that is not the header's number.
     */
    record RawRow(
            int line, Map<String, String> cells, @Nullable Integer wrongCellCount) {

        String cell(String field) {
            String value = cells.get(field);
            return value == null ? "" : value;
        }
    }

    private static Map<String, List<String>> names() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        names.put(SignatoryRegister.LEGAL_NAME, List.of("legal_name", "raison_sociale", "denomination", "nom"));
        names.put(SignatoryRegister.SIREN, List.of("siren"));
        names.put(SignatoryRegister.SECTORS, List.of("sectors", "secteurs", "secteur"));
        names.put(SignatoryRegister.SIGNED_ON, List.of("signed_on", "date_signature", "date_de_signature"));
        names.put(SignatoryRegister.CHARTER_VERSION, List.of("charter_version", "version_charte", "version"));
        names.put(STATUS, List.of("status", "statut"));
        names.put(SignatoryRegister.WITHDRAWN_ON, List.of("withdrawn_on", "date_retrait", "date_de_retrait"));
        names.put(
                SignatoryRegister.WITHDRAWAL_REASON,
                List.of("withdrawal_reason", "motif_retrait", "motif_du_retrait", "motif"));
        HISTORY.forEach(column -> names.put(column, List.of(column)));
        return names;
    }

    /** The name the export gives a field's column, by which errors name a missing column. */
    static String exportName(String field) {
        // every field the import reads has its names
        return Objects.requireNonNull(NAMES.get(field), field).get(0);
    }

    static Parsed read(@Nullable String text) {
        List<Message> problems = new ArrayList<>();
        String csv = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (csv.isBlank()) {
            return new Parsed(Map.of(), List.of(), List.of(message("charter.import.empty")));
        }
        String firstLine = csv.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        List<CSVRecord> records;
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            records = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(record);
                if (records.size() > MAX_ROWS + 1) {
                    return new Parsed(
                            Map.of(), List.of(), List.of(message("charter.import.too-many", String.valueOf(MAX_ROWS))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            // an unbalanced quote or a stray character after one: commons-csv stops where it failed
            return new Parsed(Map.of(), List.of(), List.of(message("charter.import.malformed")));
        }
        CSVRecord header = records.get(0);
        Map<String, Integer> positions = new HashMap<>();
        Map<String, String> columns = new LinkedHashMap<>();
        readHeader(header, positions, columns, problems);
        for (String field : REQUIRED) {
            if (!positions.containsKey(field)) {
                problems.add(message("charter.import.column.missing", exportName(field)));
            }
        }
        if (records.size() == 1) {
            problems.add(message("charter.import.no-row"));
        }
        List<RawRow> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            Map<String, String> cells = new HashMap<>();
            positions.forEach((field, position) -> {
                if (position < record.size()) {
                    cells.put(field, record.get(position));
                }
            });
            rows.add(new RawRow(
                    (int) record.getRecordNumber(), cells, record.size() == header.size() ? null : record.size()));
        }
        return new Parsed(columns, rows, problems);
    }

    /** Each column's field and position; an unknown or repeated name is a problem of the file. */
    private static void readHeader(
            CSVRecord header, Map<String, Integer> positions, Map<String, String> columns, List<Message> problems) {
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            String field = field(name);
            if (field == null) {
                problems.add(message("charter.import.column.unknown", SignatoryRules.shorten(name)));
            } else if (positions.containsKey(field)) {
                problems.add(message("charter.import.column.repeated", SignatoryRules.shorten(name)));
            } else {
                positions.put(field, i);
                columns.put(field, name);
            }
        }
    }

    /** The field a column name stands for; null for a name no field has. */
    private static @Nullable String field(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .strip()
                .replaceAll("[\\s'’-]+", "_");
        return NAMES.entrySet().stream()
                .filter(entry -> entry.getValue().contains(plain))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }

    private static Message message(String key, String... arguments) {
        return new Message(key, List.of(arguments));
    }
}
