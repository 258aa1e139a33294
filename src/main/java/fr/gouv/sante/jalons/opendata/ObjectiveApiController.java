package fr.gouv.sante.jalons.opendata;

import fr.gouv.sante.jalons.dashboard.ObjectiveThemes;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.web.PublicPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public, read-only JSON API (v1), served from {@link OpenDataDocuments}: the documents are
 * serialised once by the application's JSON mapper and kept as bytes until the data changes.
 */
@PublicPage
@Tag(name = ApiDescription.OBJECTIVES)
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class ObjectiveApiController {

    private final OpenDataCatalogue catalogue;
    private final OpenDataDocuments documents;
    private final JsonMapper json;
    private final ObjectiveThemes themes;

    ObjectiveApiController(
            OpenDataCatalogue catalogue, OpenDataDocuments documents, JsonMapper json, ObjectiveThemes themes) {
        this.catalogue = catalogue;
        this.documents = documents;
        this.json = json;
        this.themes = themes;
    }

    /**
     * Every objective, or those of one theme ({@code ?theme=medico-social}, an unknown theme is a 404
     * problem). Only the whole list is kept in the cache, as for the CSV export.
     */
    @Operation(summary = "Les objectifs de la feuille de route en cours, avec leur dernier statut publié")
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
                                                                    OpenDataResources.ObjectiveResource.class))))
    @ApiResponse(
            responseCode = "404",
            description = "Thème inconnu",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/objectives")
    ResponseEntity<byte[]> objectives(@RequestParam(required = false) String theme, HttpServletRequest request) {
        if (theme == null || theme.isBlank()) {
            return serve("objectives", catalogue::objectives, request);
        }
        ObjectiveThemes.Theme wanted = themes.all().stream()
                .filter(t -> t.slug().equals(theme))
                .findFirst()
                .orElseThrow(() ->
                        new NotFoundException("theme", theme.length() <= 80 ? theme : theme.substring(0, 80) + "…"));
        byte[] body = json.writeValueAsBytes(documents.rows("objectives", catalogue::objectives).stream()
                .filter(objective -> wanted.objectiveCodes().contains(objective.code()))
                .toList());
        return documents.serveUncached(MediaType.APPLICATION_JSON, body, request, HttpHeaders.EMPTY);
    }

    @Operation(summary = "Un objectif : jalons, historique de ses bilans publiés, indicateurs et mesures")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = OpenDataResources.ObjectiveDetailResource.class)))
    @ApiResponse(
            responseCode = "400",
            description = "Code mal formé",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "404",
            description = "Objectif inconnu",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/objectives/{code}")
    ResponseEntity<byte[]> objective(@PathVariable String code, HttpServletRequest request) {
        // parsed first: a malformed code is a 400 and never a cache key
        ObjectiveCode objective = ObjectiveCode.parse(code);
        return serve("objectives/" + objective, () -> catalogue.objective(objective), request);
    }

    @Operation(summary = "Les axes, leurs priorités et les codes de leurs objectifs")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = "application/json",
                            array =
                                    @ArraySchema(
                                            schema = @Schema(implementation = OpenDataResources.AxisResource.class))))
    @GetMapping("/axes")
    ResponseEntity<byte[]> axes(HttpServletRequest request) {
        return serve("axes", catalogue::axes, request);
    }

    @Operation(summary = "Les organisations et les objectifs qu’elles portent")
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
                                                                    OpenDataResources.OrganisationResource.class))))
    @GetMapping("/organisations")
    ResponseEntity<byte[]> organisations(HttpServletRequest request) {
        return serve("organisations", catalogue::organisations, request);
    }

    private ResponseEntity<byte[]> serve(String key, Supplier<Object> document, HttpServletRequest request) {
        return documents.serve(
                "api/v1/" + key,
                MediaType.APPLICATION_JSON,
                () -> json.writeValueAsBytes(document.get()),
                request,
                HttpHeaders.EMPTY);
    }
}
