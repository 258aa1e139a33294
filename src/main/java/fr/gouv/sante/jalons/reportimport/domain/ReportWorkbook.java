package fr.gouv.sante.jalons.reportimport.domain;

import fr.gouv.sante.jalons.campaign.ReportFormView;
import fr.gouv.sante.jalons.reportimport.ReportImport;
import fr.gouv.sante.jalons.shared.DatePrecision;
import fr.gouv.sante.jalons.shared.FigureQualifier;
import fr.gouv.sante.jalons.shared.FigureWords;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An organisation's progress-report workbook, written pre-filled and read back as rows of text cells.
 * Three sheets: the objectives (one row per objective: its status and narrative to change, its report's
 * version, which must not be changed), the indicators (one row per indicator: its last published figure
 * and the new figure to fill) and the instructions (the words each column takes, and the organisation
 * and period the workbook was made for). A row per indicator rather than columns per indicator: the
 * objectives have from none to several indicators, which no fixed set of columns would fit.
 *
 * <p>Only the shape of the file is judged here (size, format, sheets, columns, number of rows); the
 * cells are checked by {@link SpreadsheetReportImport} with the report form's own rules. A workbook is
 * opened by Apache POI with its default protection against zip bombs, which is enough for 2 MiB at
 * most; formulas are not computed, their last computed value is read.
 */
@Component
class ReportWorkbook {

    /** The objectives' sheet's columns, in order (message keys {@code report.import.column.objectives.*}). */
    static final List<String> OBJECTIVE_COLUMNS =
            List.of("code", "title", "target", "state", "status", "narrative", "version");

    static final int O_CODE = 0;
    static final int O_STATE = 3;
    static final int O_STATUS = 4;
    static final int O_NARRATIVE = 5;
    static final int O_VERSION = 6;

    /** The indicators' sheet's columns, in order (message keys {@code report.import.column.indicators.*}). */
    static final List<String> INDICATOR_COLUMNS = List.of(
            "code",
            "indicator",
            "unit",
            "last-value",
            "last-date",
            "value",
            "qualifier",
            "date",
            "precision",
            "confirm",
            "id");

    static final int I_CODE = 0;
    static final int I_VALUE = 5;
    static final int I_QUALIFIER = 6;
    static final int I_DATE = 7;
    static final int I_PRECISION = 8;
    static final int I_CONFIRM = 9;
    static final int I_ID = 10;

    /** The instructions' cells that say for whom and for which period the workbook was made. */
    private static final int ORGANISATION_ROW = 2;

    private static final int PERIOD_ROW = 3;

    private final MessageSource messages;

    ReportWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    /** A row with its number as the spreadsheet shows it (the header is row 1). */
    record Line(int number, List<String> cells) {

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        /** The cell's reference as a spreadsheet names it: "F7". */
        String reference(int column) {
            return CellReference.convertNumToColString(column) + number;
        }
    }

    /**
     * The workbook as read.
     *
     * @param organisation the organisation it was made for, as its instructions say (null when erased)
     * @param period the period it was made for, as its instructions say (null when erased)
     */
    record Sheets(
            List<Line> objectives,
            List<Line> indicators,
            @Nullable String organisation,
            @Nullable String period) {}

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

    String objectivesSheet() {
        return message("report.import.sheet.objectives");
    }

    String indicatorsSheet() {
        return message("report.import.sheet.indicators");
    }

    // ---- the words each column takes

    /** The status a cell names ("En bonne voie", case and accents aside); empty when it names none. */
    Optional<ProgressStatus> status(String text) {
        return Arrays.stream(ProgressStatus.values())
                .filter(status -> key(message(status.messageKey())).equals(key(text)))
                .findFirst();
    }

    Optional<FigureQualifier> qualifier(String text) {
        return Arrays.stream(FigureQualifier.values())
                .filter(qualifier -> key(qualifierWord(qualifier)).equals(key(text)))
                .findFirst();
    }

    Optional<DatePrecision> precision(String text) {
        return Arrays.stream(DatePrecision.values())
                .filter(precision -> key(precisionWord(precision)).equals(key(text)))
                .findFirst();
    }

    /** Whether a confirmation cell says yes ("oui"); empty when it says something else than yes or nothing. */
    Optional<Boolean> confirmed(String text) {
        if (text.isBlank()) {
            return Optional.of(false);
        }
        return key(text).equals(key(message("report.import.yes"))) ? Optional.of(true) : Optional.empty();
    }

    List<String> statusWords() {
        return Arrays.stream(ProgressStatus.values())
                .map(status -> message(status.messageKey()))
                .toList();
    }

    List<String> qualifierWords() {
        return Arrays.stream(FigureQualifier.values()).map(this::qualifierWord).toList();
    }

    List<String> precisionWords() {
        return Arrays.stream(DatePrecision.values()).map(this::precisionWord).toList();
    }

    private String qualifierWord(FigureQualifier qualifier) {
        return message("report.import.qualifier." + qualifier.name());
    }

    private String precisionWord(DatePrecision precision) {
        return message("report.import.precision." + precision.name());
    }

    /** Words compared as people type them: without accents, case, typographic apostrophes or extra spaces. */
    static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('\u2019', '\'')
                .replaceAll("[\\s\\u00a0\\u202f]+", " ")
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    // ---- writing

    /** The organisation's workbook for {@code period}: its reports as the form shows them. */
    byte[] write(String organisation, String period, List<ReportFormView> reports) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet objectives = workbook.createSheet(objectivesSheet());
            Sheet indicators = workbook.createSheet(indicatorsSheet());
            header(objectives, "report.import.column.objectives.", OBJECTIVE_COLUMNS, styles);
            header(indicators, "report.import.column.indicators.", INDICATOR_COLUMNS, styles);
            int objectiveRow = 1;
            int indicatorRow = 1;
            for (ReportFormView report : reports) {
                Row row = objectives.createRow(objectiveRow++);
                text(row, O_CODE, report.objectiveCode(), styles.locked);
                text(row, 1, report.objectiveTitle(), styles.locked);
                text(row, 2, report.target(), styles.locked);
                text(row, O_STATE, message(report.state().messageKey()), styles.locked);
                text(
                        row,
                        O_STATUS,
                        report.status() == null ? "" : message(report.status().messageKey()),
                        styles.open);
                text(row, O_NARRATIVE, report.narrative() == null ? "" : report.narrative(), styles.open);
                text(row, O_VERSION, report.version() == null ? "" : String.valueOf(report.version()), styles.locked);
                for (ReportFormView.IndicatorInput indicator : report.indicators()) {
                    Row line = indicators.createRow(indicatorRow++);
                    text(line, I_CODE, report.objectiveCode(), styles.locked);
                    text(line, 1, indicator.name(), styles.locked);
                    text(line, 2, indicator.unit(), styles.locked);
                    BigDecimal lastValue = indicator.lastValue();
                    LocalDate lastDate = indicator.lastDate();
                    String lastFigure = "";
                    String lastWhen = "";
                    if (lastValue != null && lastDate != null) {
                        lastFigure =
                                FigureWords.quantity(messages, lastValue, indicator.unit(), indicator.lastQualifier());
                        lastWhen = FigureWords.date(messages, lastDate, indicator.lastPrecision(), null, null);
                    }
                    text(line, 3, lastFigure, styles.locked);
                    text(line, 4, lastWhen, styles.locked);
                    Cell value = line.createCell(I_VALUE);
                    value.setCellStyle(styles.open);
                    if (indicator.draftValue() != null) {
                        value.setCellValue(indicator.draftValue().doubleValue());
                    }
                    text(
                            line,
                            I_QUALIFIER,
                            indicator.draftValue() == null
                                    ? ""
                                    : qualifierWord(
                                            indicator.draftQualifier() == null
                                                    ? FigureQualifier.EXACT
                                                    : indicator.draftQualifier()),
                            styles.open);
                    Cell date = line.createCell(I_DATE);
                    date.setCellStyle(styles.date);
                    if (indicator.draftDate() != null) {
                        date.setCellValue(indicator.draftDate());
                    }
                    text(
                            line,
                            I_PRECISION,
                            indicator.draftDate() == null
                                    ? ""
                                    : precisionWord(
                                            indicator.draftPrecision() == null
                                                    ? DatePrecision.DAY
                                                    : indicator.draftPrecision()),
                            styles.open);
                    text(line, I_CONFIRM, "", styles.open);
                    text(line, I_ID, String.valueOf(indicator.id()), styles.locked);
                }
            }
            int[] objectiveWidths = {8, 40, 40, 14, 16, 80, 12};
            for (int i = 0; i < objectiveWidths.length; i++) {
                objectives.setColumnWidth(i, objectiveWidths[i] * 256);
            }
            int[] indicatorWidths = {8, 40, 14, 22, 22, 12, 14, 14, 16, 14, 12};
            for (int i = 0; i < indicatorWidths.length; i++) {
                indicators.setColumnWidth(i, indicatorWidths[i] * 256);
            }
            choices(objectives, O_STATUS, objectiveRow, statusWords());
            choices(indicators, I_QUALIFIER, indicatorRow, qualifierWords());
            choices(indicators, I_PRECISION, indicatorRow, precisionWords());
            choices(indicators, I_CONFIRM, indicatorRow, List.of(message("report.import.yes")));
            instructions(
                    workbook.createSheet(message("report.import.sheet.instructions")), organisation, period, styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell styles: the header, cells to leave as they are (greyed), cells to fill, dates to fill. */
    private static final class Styles {

        final CellStyle bold;
        final CellStyle locked;
        final CellStyle open;
        final CellStyle date;

        Styles(XSSFWorkbook workbook) {
            short text = workbook.createDataFormat().getFormat("@");
            Font font = workbook.createFont();
            font.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(font);
            bold.setWrapText(true);
            bold.setVerticalAlignment(VerticalAlignment.TOP);
            locked = workbook.createCellStyle();
            locked.setDataFormat(text);
            locked.setWrapText(true);
            locked.setVerticalAlignment(VerticalAlignment.TOP);
            locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            open = workbook.createCellStyle();
            open.setWrapText(true);
            open.setVerticalAlignment(VerticalAlignment.TOP);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            date.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }

    private void header(Sheet sheet, String prefix, List<String> columns, Styles styles) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            text(header, i, message(prefix + columns.get(i)), styles.bold);
        }
        sheet.createFreezePane(1, 1);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A drop-down list of the words a column takes (a spreadsheet that ignores it is still checked on import). */
    private static void choices(Sheet sheet, int column, int rows, List<String> words) {
        if (rows <= 1) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(words.toArray(String[]::new)),
                new CellRangeAddressList(1, rows - 1, column, column));
        validation.setShowErrorBox(true);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    private void instructions(Sheet sheet, String organisation, String period, Styles styles) {
        int row = 0;
        text(sheet.createRow(row++), 0, message("report.import.instructions.title"), styles.bold);
        row++;
        Row forWhom = sheet.createRow(ORGANISATION_ROW);
        text(forWhom, 0, message("report.import.instructions.organisation"), styles.bold);
        text(forWhom, 1, organisation, styles.locked);
        Row when = sheet.createRow(PERIOD_ROW);
        text(when, 0, message("report.import.instructions.period"), styles.bold);
        text(when, 1, period, styles.locked);
        row = PERIOD_ROW + 2;
        for (int i = 1; ; i++) {
            String key = "report.import.instructions." + i;
            String line = messages.getMessage(key, null, "", FrenchFormat.FRENCH);
            if (line == null || line.isEmpty()) {
                break;
            }
            Row instruction = sheet.createRow(row++);
            text(instruction, 0, String.valueOf(i), styles.open);
            text(instruction, 1, line, styles.open);
        }
        row++;
        row = words(sheet, row, "report.import.instructions.statuses", statusWords(), styles);
        row = words(sheet, row, "report.import.instructions.qualifiers", qualifierWords(), styles);
        words(sheet, row, "report.import.instructions.precisions", precisionWords(), styles);
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 110 * 256);
    }

    private int words(Sheet sheet, int row, String titleKey, List<String> words, Styles styles) {
        int next = row;
        Row title = sheet.createRow(next++);
        text(title, 0, message(titleKey), styles.bold);
        text(title, 1, String.join(" ; ", words), styles.open);
        return next + 1;
    }

    // ---- reading

    Sheets read(String fileName, byte[] content) throws Unreadable {
        if (content == null || content.length == 0) {
            throw new Unreadable("report.import.file.empty");
        }
        if (content.length > ReportImport.MAX_BYTES) {
            throw new Unreadable("report.import.file.too-large");
        }
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xlsx") || FileMagic.valueOf(content) != FileMagic.OOXML) {
            throw new Unreadable("report.import.file.not-xlsx");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet objectives = workbook.getSheet(objectivesSheet());
            Sheet indicators = workbook.getSheet(indicatorsSheet());
            if (objectives == null || indicators == null) {
                throw new Unreadable("report.import.file.sheets", objectivesSheet(), indicatorsSheet());
            }
            List<Line> objectiveLines = lines(objectives, "report.import.column.objectives.", OBJECTIVE_COLUMNS);
            List<Line> indicatorLines = lines(indicators, "report.import.column.indicators.", INDICATOR_COLUMNS);
            Sheet instructions = workbook.getSheet(message("report.import.sheet.instructions"));
            return new Sheets(
                    objectiveLines,
                    indicatorLines,
                    instructions == null ? null : given(instructions, ORGANISATION_ROW),
                    instructions == null ? null : given(instructions, PERIOD_ROW));
        } catch (IOException | RuntimeException e) {
            // not a workbook after all, a damaged one, or one POI refuses to inflate (a zip bomb)
            throw new Unreadable("report.import.file.not-xlsx");
        }
    }

    private static @Nullable String given(Sheet sheet, int row) {
        Row line = sheet.getRow(row);
        String text = line == null ? "" : text(line.getCell(1));
        return text.isBlank() ? null : text;
    }

    /** The sheet's data rows that are not empty, once its header was found to be the template's. */
    private List<Line> lines(Sheet sheet, String prefix, List<String> columns) throws Unreadable {
        Row header = sheet.getRow(0);
        for (int i = 0; i < columns.size(); i++) {
            String expected = message(prefix + columns.get(i));
            if (header == null || !key(text(header.getCell(i))).equals(key(expected))) {
                throw new Unreadable(
                        "report.import.file.columns",
                        sheet.getSheetName(),
                        CellReference.convertNumToColString(i) + "1",
                        expected);
            }
        }
        List<Line> lines = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                cells.add(text(row.getCell(i)));
            }
            if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                lines.add(new Line(row.getRowNum() + 1, cells));
                if (lines.size() > ReportImport.MAX_ROWS) {
                    throw new Unreadable(
                            "report.import.file.too-many", sheet.getSheetName(), String.valueOf(ReportImport.MAX_ROWS));
                }
            }
        }
        return lines;
    }

    /**
     * A cell as text: a date cell as an ISO day, a number as a spreadsheet shows it ({@code 3}, not
     * {@code 3.0}), a formula as its last computed value.
     */
    private static String text(@Nullable Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : NumberToTextConverter.toText(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, FrenchFormat.FRENCH);
    }
}
