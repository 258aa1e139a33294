package fr.gouv.sante.jalons.roadmapadmin.web;

import fr.gouv.sante.jalons.roadmapadmin.StructureImport;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The empty templates of a structure file: the columns' row only, so that nothing in them can be
 * taken for a roadmap's data. The workbook's second sheet says what each column holds (the import
 * reads the first sheet only), and its cells are text, so that a spreadsheet does not turn
 * {@code 2026-06} or {@code 3-1} into a date.
 */
@Component
class ImportTemplates {

    private final MessageSource messages;

    ImportTemplates(MessageSource messages) {
        this.messages = messages;
    }

    /** UTF-8 with a byte order mark (which spreadsheets need to read it as UTF-8), separated by semicolons. */
    byte[] csv() {
        return ("\uFEFF" + String.join(";", StructureImport.COLUMNS) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setDataFormat(text.getDataFormat());
            Sheet structure = workbook.createSheet(message("roadmap.template.sheet.structure"));
            Row header = structure.createRow(0);
            Sheet notice = workbook.createSheet(message("roadmap.template.sheet.notice"));
            Row noticeHeader = notice.createRow(0);
            noticeHeader.createCell(0).setCellValue(message("roadmap.template.notice.column"));
            noticeHeader.createCell(1).setCellValue(message("roadmap.template.notice.content"));
            noticeHeader.getCell(0).setCellStyle(bold);
            noticeHeader.getCell(1).setCellStyle(bold);
            for (int i = 0; i < StructureImport.COLUMNS.size(); i++) {
                String column = StructureImport.COLUMNS.get(i);
                structure.setDefaultColumnStyle(i, text);
                structure.setColumnWidth(i, 20 * 256);
                header.createCell(i).setCellValue(column);
                header.getCell(i).setCellStyle(bold);
                Row line = notice.createRow(i + 1);
                line.createCell(0).setCellValue(column);
                line.createCell(1).setCellValue(message("roadmap.column." + column));
            }
            notice.setColumnWidth(0, 20 * 256);
            notice.setColumnWidth(1, 120 * 256);
            structure.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String message(String key) {
        return messages.getMessage(key, null, FrenchFormat.FRENCH);
    }
}
