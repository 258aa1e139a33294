package fr.gouv.sante.jalons.opendata;

import fr.gouv.sante.jalons.opendata.OpenDataResources.ObjectiveResource;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** CSV exports of the open data (UTF-8, header row, RFC 4180 quoting). */
@RestController
class ObjectiveCsvController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final String OWNER_SEPARATOR = " | ";
    static final String[] HEADER = {"code", "title", "target", "deadline", "axis_number", "axis_name",
            "priority_number", "priority_title", "owners", "status", "status_period", "updated_in_latest_period",
            "latest_period"};

    private final OpenDataCatalogue catalogue;

    ObjectiveCsvController(OpenDataCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/opendata/objectives.csv")
    ResponseEntity<String> objectives() {
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(csv)) {
            for (ObjectiveResource objective : catalogue.objectives()) {
                printer.printRecord(objective.code(), objective.title(), objective.target(), objective.deadline(),
                        objective.axis().number(), objective.axis().name(), objective.priority().number(),
                        objective.priority().title(), String.join(OWNER_SEPARATOR, objective.owners()),
                        objective.status(), objective.statusPeriod(), objective.updatedInLatestPeriod(),
                        objective.latestPeriod());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("jalons-objectifs.csv").build().toString())
                .body(csv.toString());
    }
}
