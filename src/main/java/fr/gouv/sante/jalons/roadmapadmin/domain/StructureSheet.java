package fr.gouv.sante.jalons.roadmapadmin.domain;

import fr.gouv.sante.jalons.roadmapadmin.StructureImport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A structure file as rows of text cells, whatever its format: the first sheet of an XLSX workbook, or
 * a CSV file in UTF-8 separated by commas or semicolons. Only the shape of the file is judged here
 * (its size, format, encoding, number of rows); the cells are checked by {@link StructureRows}.
 *
 * <p>A workbook is opened by Apache POI with its default protection against zip bombs, which is enough
 * for a file of 2 MiB at most ({@code ZipSecureFile}: an entry inflating more than 100 times its
 * compressed size, an entry beyond 4 GB or more than 1,000 entries are refused while read); formulas
 * are not computed, their last computed value is read.
 */
final class StructureSheet {

    private StructureSheet() {}

    /** The file as read: the header's cells, then each row that is not empty. */
    record Table(List<String> header, List<Line> lines) {}

    /** A row with its number as the spreadsheet shows it (the header is row 1). */
    record Line(int number, List<String> cells) {

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    /** The file cannot be read at all: the message key that says why, and its arguments. */
    static final class Unreadable extends Exception {

        private static final long serialVersionUID = 1L;

        private final String messageKey;
        private final List<String> arguments;

        Unreadable(String messageKey, String... arguments) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
            this.arguments = List.of(arguments);
        }

        String messageKey() {
            return messageKey;
        }

        List<String> arguments() {
            return arguments;
        }
    }

    static Table read(String fileName, byte[] content) throws Unreadable {
        if (content == null || content.length == 0) {
            throw new Unreadable("roadmap.import.file.empty");
        }
        if (content.length > StructureImport.MAX_BYTES) {
            throw new Unreadable("roadmap.import.file.too-large");
        }
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        FileMagic magic = FileMagic.valueOf(content);
        if (name.endsWith(".xlsx")) {
            if (magic != FileMagic.OOXML) {
                throw new Unreadable("roadmap.import.file.not-xlsx");
            }
            return xlsx(content);
        }
        if (name.endsWith(".csv")) {
            return csv(content);
        }
        if (name.endsWith(".xls") || magic == FileMagic.OLE2) {
            throw new Unreadable("roadmap.import.file.xls");
        }
        throw new Unreadable("roadmap.import.file.format");
    }

    private static Table xlsx(byte[] content) throws Unreadable {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new Unreadable("roadmap.import.file.empty");
            }
            Sheet sheet = workbook.getSheetAt(0);
            Row first = sheet.getRow(sheet.getFirstRowNum());
            List<String> header = first == null || first.getRowNum() != 0 ? List.of() : cells(first);
            List<Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                List<String> cells = cells(row);
                if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                    lines.add(new Line(row.getRowNum() + 1, cells));
                    tooMany(lines.size());
                }
            }
            return table(header, lines);
        } catch (IOException | RuntimeException e) {
            // not a workbook after all, a damaged one, or one POI refuses to inflate (a zip bomb)
            throw new Unreadable("roadmap.import.file.not-xlsx");
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
            cells.add(text(row.getCell(i)));
        }
        return cells;
    }

    /**
     * A cell as text: a date cell as an ISO day, a number without its trailing zeros ({@code 3}, not
     * {@code 3.0}), a formula as its last computed value.
     */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : BigDecimal.valueOf(cell.getNumericCellValue())
                                .stripTrailingZeros()
                                .toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static Table csv(byte[] content) throws Unreadable {
        if (FileMagic.valueOf(content) == FileMagic.OOXML || FileMagic.valueOf(content) == FileMagic.OLE2) {
            throw new Unreadable("roadmap.import.file.not-csv");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("roadmap.import.file.encoding");
        }
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (csv.isBlank()) {
            throw new Unreadable("roadmap.import.file.empty");
        }
        String firstLine = csv.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        // empty lines are read as records (and then skipped), so that record numbers are the rows a
        // spreadsheet shows, even when a quoted cell holds line breaks
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        List<String> header = null;
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (header == null) {
                    header = cells;
                } else if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                    lines.add(new Line((int) record.getRecordNumber(), cells));
                    tooMany(lines.size());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            // an unbalanced quote or a stray character after one: commons-csv stops where it failed
            throw new Unreadable("roadmap.import.file.malformed");
        }
        return table(header == null ? List.of() : header, lines);
    }

    private static void tooMany(int rows) throws Unreadable {
        if (rows > StructureImport.MAX_ROWS) {
            throw new Unreadable("roadmap.import.file.too-many", String.valueOf(StructureImport.MAX_ROWS));
        }
    }

    private static Table table(List<String> header, List<Line> lines) throws Unreadable {
        if (lines.isEmpty()) {
            throw new Unreadable("roadmap.import.file.no-row");
        }
        return new Table(header, lines);
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }
}
