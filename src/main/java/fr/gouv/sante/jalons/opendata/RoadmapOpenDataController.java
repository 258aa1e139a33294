package fr.gouv.sante.jalons.opendata;

import fr.gouv.sante.jalons.opendata.RoadmapResources.RoadmapObjectiveResource;
import fr.gouv.sante.jalons.roadmap.RoadmapSummary;
import fr.gouv.sante.jalons.shared.CsvCells;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.web.PublicPage;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public roadmaps in open data: their list ({@code /api/v1/roadmaps}), and an archived roadmap's
 * objectives in JSON and CSV. The current roadmap's answer with a 301 to today's documents
 * ({@code /api/v1/objectives}, {@code /opendata/objectives.csv}), which carry its published progress.
 */
@PublicPage
@RestController
class RoadmapOpenDataController {

    static final String[] CSV_HEADER = {
        "code",
        "title",
        "target",
        "deadline",
        "axis_number",
        "axis_name",
        "priority_number",
        "priority_title",
        "owners",
        "pilot",
        "deadline_precision",
        "deadline_label"
    };

    private final RoadmapCatalogue catalogue;
    private final OpenDataDocuments documents;
    private final JsonMapper json;

    RoadmapOpenDataController(RoadmapCatalogue catalogue, OpenDataDocuments documents, JsonMapper json) {
        this.catalogue = catalogue;
        this.documents = documents;
        this.json = json;
    }

    @GetMapping(path = "/api/v1/roadmaps", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> roadmaps(HttpServletRequest request) {
        return serveJson("roadmaps", catalogue::roadmaps, request);
    }

    @GetMapping(path = "/api/v1/roadmaps/{slug}/objectives", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> objectives(@PathVariable String slug, HttpServletRequest request) {
        RoadmapSummary roadmap = catalogue.roadmap(slug);
        if (roadmap.current()) {
            return moved("/api/v1/objectives", request);
        }
        return serveJson("roadmaps/" + roadmap.slug() + "/objectives", () -> catalogue.objectives(roadmap), request);
    }

    @GetMapping(path = "/api/v1/roadmaps/{slug}/objectives/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> objective(@PathVariable String slug, @PathVariable String code, HttpServletRequest request) {
        RoadmapSummary roadmap = catalogue.roadmap(slug);
        // parsed first: a malformed code is a 400 and never a cache key
        ObjectiveCode objective = ObjectiveCode.parse(code);
        if (roadmap.current()) {
            return moved("/api/v1/objectives/" + objective, request);
        }
        return serveJson(
                "roadmaps/" + roadmap.slug() + "/objectives/" + objective,
                () -> catalogue.objective(roadmap, objective),
                request);
    }

    @GetMapping("/feuilles-de-route/{slug}/opendata/objectifs.csv")
    ResponseEntity<byte[]> csv(@PathVariable String slug, HttpServletRequest request) {
        RoadmapSummary roadmap = catalogue.roadmap(slug);
        if (roadmap.current()) {
            return moved("/opendata/objectives.csv", request);
        }
        HttpHeaders disposition = new HttpHeaders();
        disposition.setContentDisposition(ContentDisposition.inline()
                .filename("jalons-objectifs-" + roadmap.slug() + ".csv")
                .build());
        return documents.serve(
                "feuilles-de-route/" + roadmap.slug() + "/opendata/objectifs.csv",
                ObjectiveCsvController.TEXT_CSV,
                () -> csv(catalogue.objectives(roadmap)),
                request,
                disposition);
    }

    private ResponseEntity<byte[]> serveJson(String key, Supplier<Object> document, HttpServletRequest request) {
        return documents.serve(
                "api/v1/" + key,
                MediaType.APPLICATION_JSON,
                () -> json.writeValueAsBytes(document.get()),
                request,
                HttpHeaders.EMPTY);
    }

    /** Today's document of the current roadmap, query string kept. */
    private static ResponseEntity<byte[]> moved(String path, HttpServletRequest request) {
        String query = request.getQueryString();
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .header(HttpHeaders.LOCATION, query == null ? path : path + "?" + query)
                .build();
    }

    /**
     * Text cells through {@link CsvCells#text} (no formula injection), numbers and dates as they are;
     * {@code deadline} is the last day of the deadline's period, the last two columns say how much of it
     * the source gives, as in {@code objectives.csv}.
     */
    private static byte[] csv(List<RoadmapObjectiveResource> objectives) {
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer =
                CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get().print(csv)) {
            for (RoadmapObjectiveResource objective : objectives) {
                printer.printRecord(
                        CsvCells.text(objective.code()),
                        CsvCells.text(objective.title()),
                        CsvCells.text(objective.target()),
                        objective.deadline(),
                        objective.axis().number(),
                        CsvCells.text(objective.axis().name()),
                        objective.priority().number(),
                        CsvCells.text(objective.priority().title()),
                        CsvCells.text(String.join(ObjectiveCsvController.OWNER_SEPARATOR, objective.owners())),
                        CsvCells.text(objective.pilot()),
                        objective.deadlinePrecision(),
                        CsvCells.text(objective.deadlineLabel()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
