package fr.gouv.sante.jalons.opendata;

import fr.gouv.sante.jalons.opendata.RoadmapResources.RoadmapResource;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.web.PublicPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open data described for programs: a Frictionless Table Schema per CSV (its columns, their
 * types and constraints, in French) and a {@code datapackage.json} that lists every public CSV with
 * its schema. The schemas are written by hand beside the code that writes the CSVs, and a test reads
 * every CSV against its schema, so neither can drift without the build failing.
 */
@PublicPage
@Tag(name = ApiDescription.FILES)
@RestController
class DataPackageController {

    /** A table under {@code /opendata/}: its schema's name, its CSV's path there and its title. */
    private record Table(String name, String csv, String title) {}

    private static final List<Table> TABLES = List.of(
            new Table(
                    "objectives",
                    "objectives.csv",
                    "Objectifs de la feuille de route en cours et leur dernier statut publié"),
            new Table("measurements", "measurements.csv", "Mesures publiées des indicateurs"),
            new Table("meetings", "meetings.csv", "Réunions des instances"),
            new Table(
                    "charter-signatories",
                    "charter-signatories.csv",
                    "Signataires de la charte d'engagement pour la e-santé"));

    static final String ROADMAP_OBJECTIVES = "roadmap-objectives";

    private static final MediaType JSON = new MediaType("application", "json", StandardCharsets.UTF_8);

    private final Map<String, byte[]> schemas = new LinkedHashMap<>();
    private final RoadmapCatalogue roadmaps;
    private final OpenDataDocuments documents;
    private final JsonMapper json;

    DataPackageController(RoadmapCatalogue roadmaps, OpenDataDocuments documents, JsonMapper json) {
        this.roadmaps = roadmaps;
        this.documents = documents;
        this.json = json;
        TABLES.forEach(table -> schemas.put(table.name(), read(table.name())));
        schemas.put(ROADMAP_OBJECTIVES, read(ROADMAP_OBJECTIVES));
    }

    @Operation(
            summary =
                    "Le schéma Table Schema d’un fichier CSV : objectives, measurements, meetings, charter-signatories ou roadmap-objectives")
    @ApiResponse(
            responseCode = "200",
            description = "Le schéma",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "string")))
    @ApiResponse(
            responseCode = "404",
            description = "Aucun fichier de ce nom",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/opendata/{table}.schema.json")
    ResponseEntity<byte[]> schema(@PathVariable String table, HttpServletRequest request) {
        byte[] schema = schemas.get(table);
        if (schema == null) {
            throw new NotFoundException("schema", table.length() > 60 ? table.substring(0, 60) : table);
        }
        return documents.serveUncached(JSON, schema, request, HttpHeaders.EMPTY);
    }

    /**
     * The package: the tables under {@code /opendata/} by relative path, each archived roadmap's
     * objectives by address (a package may only name relative paths below itself or URLs).
     */
    @Operation(summary = "Le paquet de données (Frictionless) : chaque fichier CSV public, son schéma et la licence")
    @ApiResponse(
            responseCode = "200",
            description = "Le paquet",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "string")))
    @GetMapping("/opendata/datapackage.json")
    ResponseEntity<byte[]> dataPackage(HttpServletRequest request) {
        List<Map<String, Object>> resources = new ArrayList<>();
        TABLES.forEach(table -> resources.add(resource(table.name(), table.title(), table.csv(), table.name())));
        for (RoadmapResource roadmap : roadmaps.roadmaps()) {
            if (!"current".equals(roadmap.state())) {
                String url = ServletUriComponentsBuilder.fromContextPath(request)
                        .path(roadmap.links().csv())
                        .toUriString();
                resources.add(resource(
                        "roadmap-" + roadmap.slug() + "-objectives",
                        "Objectifs de la feuille de route archivée « " + roadmap.title() + " »",
                        url,
                        ROADMAP_OBJECTIVES));
            }
        }
        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("profile", "tabular-data-package");
        descriptor.put("name", "jalons");
        descriptor.put("title", "Jalons — suivi de la feuille de route du numérique en santé");
        descriptor.put(
                "description",
                "Les données publiées par la Délégation au numérique en santé (DNS) : objectifs et statuts"
                        + " publiés, mesures des indicateurs, réunions des instances, signataires de la charte."
                        + " Jamais de brouillon.");
        descriptor.put(
                "homepage",
                ServletUriComponentsBuilder.fromContextPath(request)
                        .path("/donnees-ouvertes")
                        .toUriString());
        descriptor.put(
                "licenses",
                List.of(Map.of(
                        "name", "etalab-2.0",
                        "title", "Licence Ouverte / Open Licence version 2.0",
                        "path", "https://github.com/etalab/licence-ouverte/blob/master/LO.md")));
        descriptor.put("resources", resources);
        return documents.serveUncached(JSON, json.writeValueAsBytes(descriptor), request, HttpHeaders.EMPTY);
    }

    private static Map<String, Object> resource(String name, String title, String path, String schema) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("name", name);
        resource.put("title", title);
        resource.put("profile", "tabular-data-resource");
        resource.put("path", path);
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        resource.put("schema", schema + ".schema.json");
        return resource;
    }

    private static byte[] read(String name) {
        try (InputStream in = new ClassPathResource("opendata/schemas/" + name + ".schema.json").getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The Table Schema " + name + " is missing from the build", e);
        }
    }
}
