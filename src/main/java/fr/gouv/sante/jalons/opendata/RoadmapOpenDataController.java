package fr.gouv.sante.jalons.opendata;

import fr.gouv.sante.jalons.opendata.RoadmapResources.RoadmapObjectiveResource;
import fr.gouv.sante.jalons.roadmap.RoadmapSummary;
import fr.gouv.sante.jalons.shared.CsvCells;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.web.PublicPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.springframework.http.ProblemDetail;
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
@Tag(name = ApiDescription.ROADMAPS)
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

    @Operation(summary = "Les feuilles de route publiques : en cours et archivées")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = "application/json",
                            array =
                                    @ArraySchema(
                                            schema = @Schema(implementation = RoadmapResources.RoadmapResource.class))))
    @GetMapping(path = "/api/v1/roadmaps", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> roadmaps(HttpServletRequest request) {
        return serveJson("roadmaps", catalogue::roadmaps, request);
    }

    @Operation(summary = "Les objectifs d’une feuille de route archivée (celle en cours : 301 vers /api/v1/objectives)")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = "application/json",
                            array =
                                    @ArraySchema(
                                            schema =
                                                    @Schema(
                                                            implementation =
                                                                    RoadmapResources.RoadmapObjectiveResource.class))))
    @ApiResponse(responseCode = "301", description = "La feuille de route en cours : voir /api/v1/objectives")
    @ApiResponse(
            responseCode = "404",
            description = "Feuille de route inconnue",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping(path = "/api/v1/roadmaps/{slug}/objectives", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> objectives(@PathVariable String slug, HttpServletRequest request) {
        RoadmapSummary roadmap = catalogue.roadmap(slug);
        if (roadmap.current()) {
            return moved("/api/v1/objectives", request);
        }
        return serveJson("roadmaps/" + roadmap.slug() + "/objectives", () -> catalogue.objectives(roadmap), request);
    }

    @Operation(summary = "Un objectif d’une feuille de route archivée, avec ses jalons et ses prolongements")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = RoadmapResources.RoadmapObjectiveDetailResource.class)))
    @ApiResponse(responseCode = "301", description = "La feuille de route en cours : voir /api/v1/objectives/{code}")
    @ApiResponse(
            responseCode = "400",
            description = "Code mal formé",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "404",
            description = "Feuille de route ou objectif inconnu",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
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

    @Operation(
            tags = ApiDescription.FILES,
            summary =
                    "Les objectifs d’une feuille de route archivée en CSV (schéma : /opendata/roadmap-objectives.schema.json)")
    @ApiResponse(
            responseCode = "200",
            description = "Le fichier",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "301", description = "La feuille de route en cours : voir /opendata/objectives.csv")
    @ApiResponse(
            responseCode = "404",
            description = "Feuille de route inconnue",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
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
