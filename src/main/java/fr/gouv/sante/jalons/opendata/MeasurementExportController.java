package fr.gouv.sante.jalons.opendata;

import fr.gouv.sante.jalons.dashboard.ObjectiveThemes;
import fr.gouv.sante.jalons.opendata.OpenDataCatalogue.MeasurementRow;
import fr.gouv.sante.jalons.opendata.OpenDataResources.ObjectiveResource;
import fr.gouv.sante.jalons.shared.CsvCells;
import fr.gouv.sante.jalons.shared.web.PublicPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published figures as their sources state them (qualifier, date as precise as the source), in
 * CSV, and the objectives and figures in one spreadsheet: generated once per publication and cached
 * like the rest of the open data.
 */
@PublicPage
@RestController
class MeasurementExportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    static final String[] MEASUREMENT_HEADER = {
        "objective_code",
        "indicator",
        "unit",
        "value",
        "qualifier",
        "date",
        "date_precision",
        "period",
        "label",
        "source"
    };

    private final OpenDataCatalogue catalogue;
    private final OpenDataDocuments documents;
    private final ObjectiveThemes themes;

    MeasurementExportController(OpenDataCatalogue catalogue, OpenDataDocuments documents, ObjectiveThemes themes) {
        this.catalogue = catalogue;
        this.documents = documents;
        this.themes = themes;
    }

    @Operation(
            tags = ApiDescription.FILES,
            summary = "Les mesures publiées des indicateurs en CSV (schéma : /opendata/measurements.schema.json)")
    @ApiResponse(
            responseCode = "200",
            description = "Le fichier",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @GetMapping("/opendata/measurements.csv")
    ResponseEntity<byte[]> measurementsCsv(HttpServletRequest request) {
        return documents.serve(
                "opendata/measurements.csv",
                ObjectiveCsvController.TEXT_CSV,
                this::csv,
                request,
                disposition(ContentDisposition.inline(), "jalons-mesures.csv"));
    }

    @Operation(tags = ApiDescription.FILES, summary = "Les objectifs et les mesures dans un classeur XLSX")
    @ApiResponse(
            responseCode = "200",
            description = "Le fichier",
            content =
                    @Content(
                            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string")))
    @GetMapping("/opendata/jalons.xlsx")
    ResponseEntity<byte[]> workbook(HttpServletRequest request) {
        return documents.serve(
                "opendata/jalons.xlsx",
                XLSX,
                this::xlsx,
                request,
                disposition(ContentDisposition.attachment(), "jalons-donnees.xlsx"));
    }

    private List<List<String>> measurementLines() {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(MEASUREMENT_HEADER));
        for (MeasurementRow row : catalogue.measurements()) {
            var m = row.measurement();
            lines.add(List.of(
                    row.objectiveCode(),
                    row.indicator(),
                    row.unit(),
                    m.value().toPlainString(),
                    m.qualifier(),
                    m.date() == null ? "" : m.date(),
                    m.datePrecision(),
                    m.period() == null ? "" : m.period(),
                    m.label(),
                    m.source()));
        }
        return lines;
    }

    /** The columns of {@code objectives.csv}, in its order. */
    private List<List<String>> objectiveLines() {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(ObjectiveCsvController.HEADER));
        Map<String, List<String>> themesByCode = ObjectiveCsvController.themesByCode(themes);
        for (ObjectiveResource o : catalogue.objectives()) {
            lines.add(List.of(
                    o.code(),
                    o.title(),
                    o.target(),
                    o.deadline().toString(),
                    String.valueOf(o.axis().number()),
                    o.axis().name(),
                    String.valueOf(o.priority().number()),
                    o.priority().title(),
                    String.join(ObjectiveCsvController.OWNER_SEPARATOR, o.owners()),
                    nullToEmpty(o.status()),
                    nullToEmpty(o.statusPeriod()),
                    String.valueOf(o.updatedInLatestPeriod()),
                    nullToEmpty(o.latestPeriod()),
                    nullToEmpty(o.pilot()),
                    nullToEmpty(o.statusBasis()),
                    String.join(ObjectiveCsvController.OWNER_SEPARATOR, themesByCode.getOrDefault(o.code(), List.of())),
                    o.deadlinePrecision(),
                    o.deadlineLabel()));
        }
        return lines;
    }

    private byte[] csv() {
        StringWriter csv = new StringWriter();
        List<List<String>> lines = measurementLines();
        try (CSVPrinter printer = CSVFormat.RFC4180.print(csv)) {
            for (List<String> line : lines) {
                printer.printRecord(line.stream().map(CsvCells::text).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Cells are text: a spreadsheet never evaluates what an editor typed. Written with POI's streaming
     * workbook, which keeps a window of rows in memory and the rest in a temporary file: the measurements
     * of every published period make a sheet of hundreds of thousands of rows on a long history.
     */
    private byte[] xlsx() {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet(workbook, "Objectifs", objectiveLines());
            sheet(workbook, "Mesures", measurementLines());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final int ROWS_IN_MEMORY = 200;

    private static void sheet(SXSSFWorkbook workbook, String name, List<List<String>> lines) {
        Sheet sheet = workbook.createSheet(name);
        for (int r = 0; r < lines.size(); r++) {
            Row row = sheet.createRow(r);
            List<String> cells = lines.get(r);
            for (int c = 0; c < cells.size(); c++) {
                row.createCell(c).setCellValue(cells.get(c));
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private static String nullToEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static HttpHeaders disposition(ContentDisposition.Builder builder, String filename) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(builder.filename(filename).build());
        return HttpHeaders.readOnlyHttpHeaders(headers);
    }
}
