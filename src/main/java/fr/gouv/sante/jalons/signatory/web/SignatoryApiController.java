package fr.gouv.sante.jalons.signatory.web;

import fr.gouv.sante.jalons.shared.CsvCells;
import fr.gouv.sante.jalons.shared.web.CsvDownload;
import fr.gouv.sante.jalons.shared.web.PublicPage;
import fr.gouv.sante.jalons.signatory.PastWithdrawal;
import fr.gouv.sante.jalons.signatory.SignatoryFilter;
import fr.gouv.sante.jalons.signatory.SignatoryQueries;
import fr.gouv.sante.jalons.signatory.SignatorySummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register of signatories as open data, in JSON and in CSV, filtered like the public list when the
 * address carries its filters. Contract v1: fields may be added, never renamed; the addresses are the
 * charter's ({@code /api/v1/charter/signatories}), as they were when the register was part of it.
 */
@PublicPage
@Tag(name = "Charte e-santé")
@RestController
class SignatoryApiController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    /** The sectors of a row in one CSV cell. */
    static final String SECTOR_SEPARATOR = "|";

    /**
     * The columns, in a fixed order; new ones only ever go at the end. The last five describe the
     * withdrawals that ended with a reinstatement: the latest of them (its dates and reasons, empty when
     * there is none) and how many there are (the JSON lists them all).
     */
    static final String[] HEADER = {
        "legal_name",
        "siren",
        "sectors",
        "signed_on",
        "charter_version",
        "status",
        "withdrawn_on",
        "withdrawal_reason",
        "previous_withdrawn_on",
        "previous_withdrawal_reason",
        "reinstated_on",
        "reinstatement_reason",
        "reinstatements"
    };

    private final SignatoryQueries signatories;
    private final SignatoryViews views;

    SignatoryApiController(SignatoryQueries signatories, SignatoryViews views) {
        this.signatories = signatories;
        this.views = views;
    }

    /** {@code GET /api/v1/charter/signatories}: {@code count} signatories kept by the filters. */
    record SignatoriesResource(int count, List<SignatoryResource> signatories) {}

    /**
     * A signatory. {@code sectors} among {@code SANITAIRE}, {@code MEDICO_SOCIAL}, {@code SOCIAL};
     * {@code status} {@code ACTIVE} or {@code WITHDRAWN}, the latter with its date and reason;
     * {@code pastWithdrawals} the withdrawals that ended with a reinstatement, oldest first (usually none).
     */
    record SignatoryResource(
            String legalName,
            String siren,
            List<String> sectors,
            LocalDate signedOn,
            String charterVersion,
            String status,
            @Nullable LocalDate withdrawnOn,
            @Nullable String withdrawalReason,
            List<PastWithdrawalResource> pastWithdrawals) {

        static SignatoryResource of(SignatorySummary signatory) {
            return new SignatoryResource(
                    signatory.legalName(),
                    signatory.siren().digits(),
                    signatory.sectors().stream().map(Enum::name).toList(),
                    signatory.signedOn(),
                    signatory.charterVersion(),
                    signatory.status().name(),
                    signatory.withdrawnOn(),
                    signatory.withdrawalReason(),
                    signatory.pastWithdrawals().stream()
                            .map(past -> new PastWithdrawalResource(
                                    past.withdrawnOn(),
                                    past.withdrawalReason(),
                                    past.reinstatedOn(),
                                    past.reinstatementReason()))
                            .toList());
        }
    }

    /** A withdrawal that ended: its date and reason as recorded, and the reinstatement's date and reason. */
    record PastWithdrawalResource(
            LocalDate withdrawnOn, String withdrawalReason, LocalDate reinstatedOn, String reinstatementReason) {}

    @Operation(summary = "Les signataires de la charte, filtrés comme la liste publique")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = SignatoriesResource.class)))
    @ApiResponse(
            responseCode = "400",
            description = "Valeur de filtre inconnue",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping(path = "/api/v1/charter/signatories", produces = MediaType.APPLICATION_JSON_VALUE)
    SignatoriesResource signatories(
            @RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "secteur", required = false) String sector,
            @RequestParam(name = "statut", required = false) String status,
            @RequestParam(name = "version", required = false) String version) {
        List<SignatoryResource> rows = kept(new FilterParameters(query, sector, status, version)).stream()
                .map(SignatoryResource::of)
                .toList();
        return new SignatoriesResource(rows.size(), rows);
    }

    /** UTF-8, header row, RFC 4180 quoting; text cells through {@link CsvCells#text} (no formula). */
    @Operation(
            tags = "Fichiers",
            summary = "Les signataires de la charte en CSV (schéma : /opendata/charter-signatories.schema.json)")
    @ApiResponse(
            responseCode = "200",
            description = "Le fichier",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ApiResponse(
            responseCode = "400",
            description = "Valeur de filtre inconnue",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping(path = "/opendata/charter-signatories.csv", produces = "text/csv")
    void signatoriesCsv(
            @RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "secteur", required = false) String sector,
            @RequestParam(name = "statut", required = false) String status,
            @RequestParam(name = "version", required = false) String version,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        // chosen (and a bad filter refused) before the first byte goes out, then written row by row
        List<SignatorySummary> kept = kept(new FilterParameters(query, sector, status, version));
        CsvDownload.write(request, response, "jalons-signataires-charte.csv", HEADER, kept, (printer, signatory) -> {
            List<PastWithdrawal> history = signatory.pastWithdrawals();
            PastWithdrawal latest = history.isEmpty() ? null : history.get(history.size() - 1);
            printer.printRecord(
                    CsvCells.text(signatory.legalName()),
                    signatory.siren().digits(),
                    String.join(
                            SECTOR_SEPARATOR,
                            signatory.sectors().stream().map(Enum::name).toList()),
                    signatory.signedOn(),
                    CsvCells.text(signatory.charterVersion()),
                    signatory.status().name(),
                    signatory.withdrawnOn(),
                    CsvCells.text(signatory.withdrawalReason()),
                    latest == null ? null : latest.withdrawnOn(),
                    latest == null ? null : CsvCells.text(latest.withdrawalReason()),
                    latest == null ? null : latest.reinstatedOn(),
                    latest == null ? null : CsvCells.text(latest.reinstatementReason()),
                    history.size());
        });
    }

    private List<SignatorySummary> kept(FilterParameters parameters) {
        SignatoryFilter filter = parameters.strict(views.versionLabels());
        return signatories.search(filter);
    }
}
