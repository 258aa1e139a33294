package fr.gouv.sante.jalons.opendata;

import fr.gouv.sante.jalons.dashboard.ObjectiveFilter;
import fr.gouv.sante.jalons.dashboard.ObjectiveSearch;
import fr.gouv.sante.jalons.dashboard.ObjectiveThemes;
import fr.gouv.sante.jalons.opendata.OpenDataResources.ObjectiveResource;
import fr.gouv.sante.jalons.shared.CsvCells;
import fr.gouv.sante.jalons.shared.web.CsvDownload;
import fr.gouv.sante.jalons.shared.web.PublicPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** CSV exports of the open data (UTF-8, header row, RFC 4180 quoting), cached like the JSON API. */
@PublicPage
@RestController
class ObjectiveCsvController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final String OWNER_SEPARATOR = " | ";
    static final String FILE_NAME = "jalons-objectifs.csv";
    static final String[] HEADER = {
        "code",
        "title",
        "target",
        "deadline",
        "axis_number",
        "axis_name",
        "priority_number",
        "priority_title",
        "owners",
        "status",
        "status_period",
        "updated_in_latest_period",
        "latest_period",
        "pilot",
        "status_basis",
        "themes",
        "deadline_precision",
        "deadline_label"
    };

    private static final HttpHeaders DISPOSITION = HttpHeaders.readOnlyHttpHeaders(dispositionHeaders());

    private final OpenDataCatalogue catalogue;
    private final OpenDataDocuments documents;

    private final ObjectiveSearch search;
    private final ObjectiveThemes themes;

    ObjectiveCsvController(
            OpenDataCatalogue catalogue, OpenDataDocuments documents, ObjectiveSearch search, ObjectiveThemes themes) {
        this.catalogue = catalogue;
        this.documents = documents;
        this.search = search;
        this.themes = themes;
    }

    /**
     * Every objective, or those the public list's filters keep when the export link carries them
     * (the list a visitor was looking at). Only the whole list is kept in the cache: filters would
     * make one entry per combination anyone types.
     */
    @Operation(
            tags = ApiDescription.FILES,
            summary =
                    "Les objectifs en CSV, tous ou ceux que les filtres de la liste publique gardent (schéma : /opendata/objectives.schema.json)")
    @ApiResponse(
            responseCode = "200",
            description = "Le fichier",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @GetMapping("/opendata/objectives.csv")
    @Nullable
    ResponseEntity<byte[]> objectives(
            @ParameterObject ObjectiveFilter filter, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (unfiltered(filter)) {
            return documents.serve(
                    "opendata/objectives.csv",
                    TEXT_CSV,
                    () -> objectivesCsv(catalogue.objectives(), themesByCode(themes)),
                    request,
                    DISPOSITION);
        }
        List<String> codes = search.codes(filter);
        Map<String, List<String>> themeSlugs = themesByCode(themes);
        Map<String, ObjectiveResource> byCode = documents.rows("objectives", catalogue::objectives).stream()
                .collect(Collectors.toMap(ObjectiveResource::code, Function.identity()));
        // a filtered export goes out row by row (null: the answer is written); only the whole file is cached
        CsvDownload.write(
                request,
                response,
                FILE_NAME,
                HEADER,
                codes.stream().map(byCode::get).filter(Objects::nonNull).toList(),
                (printer, objective) -> print(printer, objective, themeSlugs));
        return null;
    }

    private static boolean unfiltered(ObjectiveFilter filter) {
        return Stream.of(
                        filter.q(),
                        filter.statut(),
                        filter.axe(),
                        filter.priorite(),
                        filter.organisation(),
                        filter.annee(),
                        filter.maj(),
                        filter.depassee(),
                        filter.tri(),
                        filter.theme())
                .allMatch(value -> value == null || value.isBlank());
    }

    /** The slugs of each objective's themes, in the themes' order. */
    static Map<String, List<String>> themesByCode(ObjectiveThemes themes) {
        Map<String, List<String>> byCode = new HashMap<>();
        for (ObjectiveThemes.Theme theme : themes.all()) {
            theme.objectiveCodes()
                    .forEach(code ->
                            byCode.computeIfAbsent(code, c -> new ArrayList<>()).add(theme.slug()));
        }
        return byCode;
    }

    /**
     * Text cells go through {@link CsvCells#text} (no formula injection in a spreadsheet); numbers,
     * dates and booleans are written as they are. {@code themes} holds the slugs of the objective's
     * themes, separated like the owners. {@code deadline} is the last day of the deadline's period;
     * {@code deadline_precision} and {@code deadline_label} ("fin 2024") say how much of it the source gives.
     */
    private static byte[] objectivesCsv(List<ObjectiveResource> objectives, Map<String, List<String>> themes) {
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer =
                CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(csv)) {
            for (ObjectiveResource objective : objectives) {
                print(printer, objective, themes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void print(CSVPrinter printer, ObjectiveResource objective, Map<String, List<String>> themes)
            throws IOException {
        printer.printRecord(
                CsvCells.text(objective.code()),
                CsvCells.text(objective.title()),
                CsvCells.text(objective.target()),
                objective.deadline(),
                objective.axis().number(),
                CsvCells.text(objective.axis().name()),
                objective.priority().number(),
                CsvCells.text(objective.priority().title()),
                CsvCells.text(String.join(OWNER_SEPARATOR, objective.owners())),
                CsvCells.text(objective.status()),
                CsvCells.text(objective.statusPeriod()),
                objective.updatedInLatestPeriod(),
                CsvCells.text(objective.latestPeriod()),
                CsvCells.text(objective.pilot()),
                CsvCells.text(objective.statusBasis()),
                CsvCells.text(String.join(OWNER_SEPARATOR, themes.getOrDefault(objective.code(), List.of()))),
                objective.deadlinePrecision(),
                CsvCells.text(objective.deadlineLabel()));
    }

    private static HttpHeaders dispositionHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(
                ContentDisposition.inline().filename(FILE_NAME).build());
        return headers;
    }
}
