package fr.gouv.sante.jalons.notification.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.AccountDirectory;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.followup.CampaignFollowUp;
import fr.gouv.sante.jalons.followup.CampaignFollowUp.CampaignStatus;
import fr.gouv.sante.jalons.followup.CampaignFollowUp.Row;
import fr.gouv.sante.jalons.notification.CampaignReminders;
import fr.gouv.sante.jalons.shared.CsvCells;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The state of the open campaign for the DNS, one row per lead organisation and objective, as XLSX
 * (Apache POI) or CSV: organisation, objective, state, last saved by and when, submitted at, late or
 * not, reminders sent to the organisation.
 */
@Service
@Transactional(readOnly = true)
public class CampaignExport {

    private final CampaignFollowUp followUp;
    private final AccountDirectory directory;
    private final CampaignReminders reminders;
    private final AccessPolicy policy;
    private final MessageSource messages;
    private final Clock clock;

    CampaignExport(
            CampaignFollowUp followUp,
            AccountDirectory directory,
            CampaignReminders reminders,
            AccessPolicy policy,
            MessageSource messages,
            Clock clock) {
        this.followUp = followUp;
        this.directory = directory;
        this.reminders = reminders;
        this.policy = policy;
        this.messages = messages;
        this.clock = clock;
    }

    /** A file to download: its period (for the file name) and its lines, header first. */
    public record Table(String period, List<List<String>> lines) {}

    /** The open campaign's table; empty when no campaign is open. */
    public Optional<Table> table(CurrentUser admin) {
        policy.requireAdmin(admin);
        return followUp.openCampaign().map(this::table);
    }

    private Table table(CampaignStatus campaign) {
        Map<Long, String> names = directory.displayNames(campaign.rows().stream()
                .map(Row::lastSavedBy)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        Map<Long, Integer> sent = reminders.sentByOrganisation(campaign.period());
        boolean pastDue = campaign.pastDue(LocalDate.now(clock));
        List<String> header = List.of(
                message("export.organisation"),
                message("export.objective"),
                message("export.title"),
                message("export.state"),
                message("export.saved-by"),
                message("export.saved-at"),
                message("export.submitted-at"),
                message("export.late"),
                message("export.reminders"));
        ArrayList<List<String>> lines = new ArrayList<>();
        lines.add(header);
        for (Row row : campaign.rows()) {
            boolean late = row.submittedLate() || (pastDue && row.missing());
            lines.add(List.of(
                    row.organisationAcronym(),
                    row.objectiveCode(),
                    row.objectiveTitle(),
                    message(row.state().messageKey()),
                    row.lastSavedBy() == null ? "" : names.getOrDefault(row.lastSavedBy(), ""),
                    FrenchFormat.dateTime(row.lastSavedAt()),
                    FrenchFormat.dateTime(row.submittedAt()),
                    message(late ? "export.yes" : "export.no"),
                    String.valueOf(sent.getOrDefault(row.organisationId(), 0))));
        }
        return new Table(campaign.period(), lines);
    }

    public static byte[] xlsx(Table table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(table.period());
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            int columns = table.lines().get(0).size();
            for (int r = 0; r < table.lines().size(); r++) {
                XSSFRow row = (XSSFRow) sheet.createRow(r);
                List<String> line = table.lines().get(r);
                for (int c = 0; c < line.size(); c++) {
                    String value = line.get(c);
                    // the count of reminders is a number; everything else is text (never a formula)
                    if (r > 0 && c == columns - 1) {
                        row.createCell(c).setCellValue(Integer.parseInt(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                    if (r == 0) {
                        row.getCell(c).setCellStyle(headerStyle);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, table.lines().size() - 1, 0, columns - 1));
            for (int c = 0; c < columns; c++) {
                sheet.setColumnWidth(c, c == 2 ? 60 * 256 : 20 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String csv(Table table) {
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.print(csv)) {
            for (List<String> line : table.lines()) {
                printer.printRecord(
                        line.stream().map(CampaignExport::neutralised).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }

    /** A cell a spreadsheet would take for a formula is prefixed with a quote (see {@link CsvCells}). */
    static String neutralised(String cell) {
        return CsvCells.text(cell);
    }

    private String message(String key) {
        return messages.getMessage(key, null, FrenchFormat.FRENCH);
    }
}
