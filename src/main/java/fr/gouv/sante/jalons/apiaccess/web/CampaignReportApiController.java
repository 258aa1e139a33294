package fr.gouv.sante.jalons.apiaccess.web;

import fr.gouv.sante.jalons.apiaccess.ApiClient;
import fr.gouv.sante.jalons.apiaccess.web.CampaignApiResources.CampaignReportResource;
import fr.gouv.sante.jalons.apiaccess.web.CampaignApiResources.MeasurementDraft;
import fr.gouv.sante.jalons.apiaccess.web.CampaignApiResources.ReportDraft;
import fr.gouv.sante.jalons.campaign.NewMeasurement;
import fr.gouv.sante.jalons.campaign.ProgressReporting;
import fr.gouv.sante.jalons.campaign.ReportCommand;
import fr.gouv.sante.jalons.campaign.ReportFormView;
import fr.gouv.sante.jalons.campaign.ReportFormView.IndicatorInput;
import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.shared.DatePrecision;
import fr.gouv.sante.jalons.shared.FigureQualifier;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The write API: an organisation's system reads and writes the progress report of one of its objectives
 * in the open campaign, through the campaign's own service (the form's rights, checks and conflicts).
 * The report's version is its ETag; a write must send it back in {@code If-Match}.
 */
@Tag(name = ApiSecurityConfiguration.TAG)
@SecurityRequirement(name = ApiSecurityConfiguration.SCHEME)
@RestController
@RequestMapping(path = CampaignReportApiController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@ApiResponse(responseCode = "401", ref = ApiSecurityConfiguration.UNAUTHORIZED)
@ApiResponse(responseCode = "403", ref = ApiSecurityConfiguration.FORBIDDEN)
@ApiResponse(responseCode = "404", ref = ApiSecurityConfiguration.NOT_FOUND)
@ApiResponse(responseCode = "429", ref = ApiSecurityConfiguration.THROTTLED)
class CampaignReportApiController {

    static final String PATH = "/api/v1/campaigns/{period}/reports/{code}";

    /** The ETag of a report not yet created: {@code If-Match: "new"} creates it. */
    static final String NEW = "\"new\"";

    /** The largest body read: a report's 5,000 characters and its measurements fit many times over. */
    static final int MAX_BODY_BYTES = 256 * 1024;

    private final ProgressReporting reporting;
    private final JsonMapper strict;

    CampaignReportApiController(ProgressReporting reporting, JsonMapper json) {
        this.reporting = reporting;
        // stricter than the application's mapper: a misspelt field, a number for a status, a text for a
        // figure or a repeated key is refused and named, never taken in silently
        this.strict = json.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** The request's draft, read strictly and within {@link #MAX_BODY_BYTES}. */
    private ReportDraft read(InputStreamResource body) throws IOException {
        byte[] bytes;
        try (InputStream in = body.getInputStream()) {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw new BodyTooLarge();
        }
        ReportDraft draft = bytes.length == 0 ? null : strict.readValue(bytes, ReportDraft.class);
        if (draft == null) {
            throw new BodyNotAnObject();
        }
        return draft;
    }

    /** A body over {@link #MAX_BODY_BYTES}: refused before it is parsed. */
    static final class BodyTooLarge extends RuntimeException {
        BodyTooLarge() {
            super("Request body too large");
        }
    }

    /** An empty body, or JSON {@code null}: there is no report to save. */
    static final class BodyNotAnObject extends RuntimeException {
        BodyNotAnObject() {
            super("Request body is not a JSON object");
        }
    }

    @Operation(summary = "Le point d’avancement d’un objectif dans la campagne ouverte, brouillon compris")
    @ApiResponse(
            responseCode = "200",
            description = "OK ; l’en-tête ETag porte la version à renvoyer dans If-Match",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string")))
    @GetMapping
    ResponseEntity<CampaignReportResource> report(
            @PathVariable String period, @PathVariable String code, @AuthenticationPrincipal ApiClient client) {
        return answer(open(client, period, code), period);
    }

    @Operation(
            summary = "Enregistre le brouillon du point d’avancement (il remplace le brouillon enregistré)",
            description = "Les mêmes règles que le formulaire : droits, longueur du texte, vraisemblance et date des"
                    + " mesures. Rien n’est enregistré si un champ est refusé.")
    @ApiResponse(
            responseCode = "200",
            description = "Enregistré ; l’en-tête ETag porte la nouvelle version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", ref = ApiSecurityConfiguration.MALFORMED)
    @ApiResponse(responseCode = "409", ref = ApiSecurityConfiguration.LOCKED)
    @ApiResponse(responseCode = "412", ref = ApiSecurityConfiguration.STALE)
    @ApiResponse(responseCode = "422", ref = ApiSecurityConfiguration.REFUSED)
    @ApiResponse(responseCode = "428", ref = ApiSecurityConfiguration.PRECONDITION)
    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CampaignReportResource> save(
            @PathVariable String period,
            @PathVariable String code,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, required = true, example = "\"3\"")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @io.swagger.v3.oas.annotations.media.Content(
                                            schema = @Schema(implementation = ReportDraft.class)))
                    @RequestBody
                    InputStreamResource body,
            @AuthenticationPrincipal ApiClient client)
            throws IOException {
        ReportFormView view = open(client, period, code);
        Long version = IfMatch.version(ifMatch);
        ReportDraft draft = read(body);
        ReportCommand command = command(draft, view, version);
        try {
            reporting.save(client.user(), ObjectiveCode.parse(code), command, false);
        } catch (InputRefused e) {
            throw new InputRefused(pointers(e.errors(), draft));
        }
        return answer(open(client, period, code), period);
    }

    @Operation(
            summary = "Soumet le brouillon enregistré à la revue de la DNS",
            description =
                    "Réservé aux jetons « brouillons et soumission ». Le brouillon doit avoir un statut et un texte.")
    @ApiResponse(
            responseCode = "200",
            description = "Soumis ; l’en-tête ETag porte la nouvelle version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "409", ref = ApiSecurityConfiguration.LOCKED)
    @ApiResponse(responseCode = "412", ref = ApiSecurityConfiguration.STALE)
    @ApiResponse(responseCode = "422", ref = ApiSecurityConfiguration.REFUSED)
    @ApiResponse(responseCode = "428", ref = ApiSecurityConfiguration.PRECONDITION)
    @PostMapping("/submission")
    ResponseEntity<CampaignReportResource> submit(
            @PathVariable String period,
            @PathVariable String code,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, required = true, example = "\"3\"")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @AuthenticationPrincipal ApiClient client) {
        if (!client.scope().maySubmit()) {
            throw new AccessDeniedException("This token writes drafts only");
        }
        ReportFormView view = open(client, period, code);
        Long version = IfMatch.version(ifMatch);
        if (view.state() == ReportState.TODO) {
            throw new InputRefused(Map.of("state", "api.submission.no-draft"));
        }
        // no measurement named: the saved drafts are submitted as they are, none removed
        reporting.save(
                client.user(),
                ObjectiveCode.parse(code),
                new ReportCommand(view.status(), view.narrative(), version, List.of(), Set.of()),
                true);
        return answer(open(client, period, code), period);
    }

    /** The report's form view, when {@code period} is the open campaign's. */
    private ReportFormView open(ApiClient client, String period, String code) {
        ReportFormView view = reporting.editor(client.user(), ObjectiveCode.parse(code));
        if (view.period() == null || !view.period().code().equals(period)) {
            throw new NotFoundException("campaign", period.length() <= 20 ? period : period.substring(0, 20) + "…");
        }
        return view;
    }

    /**
     * The draft as the campaign's command: each measurement edits the draft its indicator already has,
     * and the drafts of the indicators it leaves out are removed (a PUT replaces the whole report).
     */
    static ReportCommand command(ReportDraft draft, ReportFormView view, @Nullable Long version) {
        Map<Long, Long> draftIds = new LinkedHashMap<>();
        for (IndicatorInput indicator : view.indicators()) {
            if (indicator.draftId() != null) {
                draftIds.put(indicator.id(), indicator.draftId());
            }
        }
        Map<String, String> errors = new LinkedHashMap<>();
        List<NewMeasurement> measurements = new ArrayList<>();
        Set<Long> kept = new HashSet<>();
        List<MeasurementDraft> entered = draft.measurementList();
        for (int i = 0; i < entered.size(); i++) {
            MeasurementDraft measurement = entered.get(i);
            if (measurement == null || measurement.indicatorId() == null) {
                errors.put("/measurements/" + i + "/indicatorId", "api.measurement.indicator.required");
                continue;
            }
            long indicator = measurement.indicatorId();
            kept.add(indicator);
            measurements.add(new NewMeasurement(
                    draftIds.get(indicator),
                    indicator,
                    measurement.value(),
                    measurement.date(),
                    measurement.qualifier() == null ? FigureQualifier.EXACT : measurement.qualifier(),
                    measurement.datePrecision() == null ? DatePrecision.DAY : measurement.datePrecision(),
                    Boolean.TRUE.equals(measurement.confirmed())));
        }
        if (!errors.isEmpty()) {
            throw new InputRefused(errors);
        }
        Set<Long> removed = new HashSet<>();
        draftIds.forEach((indicator, id) -> {
            if (!kept.contains(indicator)) {
                removed.add(id);
            }
        });
        return new ReportCommand(draft.status(), draft.narrative(), version, measurements, removed);
    }

    /**
     * The campaign names a refused measurement by its indicator ({@code measurement.<id>.<field>}), the
     * client by its place in the request: a JSON pointer ({@code /measurements/<index>/<field>}).
     */
    static Map<String, String> pointers(Map<String, String> errors, ReportDraft draft) {
        Map<Long, Integer> places = new LinkedHashMap<>();
        List<MeasurementDraft> entered = draft.measurementList();
        for (int i = 0; i < entered.size(); i++) {
            if (entered.get(i) != null && entered.get(i).indicatorId() != null) {
                places.putIfAbsent(entered.get(i).indicatorId(), i);
            }
        }
        Map<String, String> pointed = new LinkedHashMap<>();
        errors.forEach((field, message) -> {
            String[] parts = field.split("\\.", -1);
            Integer place = parts.length == 3 && parts[0].equals("measurement") && parts[1].matches("\\d+")
                    ? places.get(Long.valueOf(parts[1]))
                    : null;
            pointed.put(place == null ? field : "/measurements/" + place + "/" + parts[2], message);
        });
        return pointed;
    }

    private static ResponseEntity<CampaignReportResource> answer(ReportFormView view, String period) {
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(CampaignReportResource.of(view, period));
    }
}
