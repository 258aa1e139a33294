package fr.gouv.sante.jalons.charter.web;

import fr.gouv.sante.jalons.charter.CharterDocument;
import fr.gouv.sante.jalons.charter.CharterDocument.LinkedObjective;
import fr.gouv.sante.jalons.charter.CharterQueries;
import fr.gouv.sante.jalons.charter.CharterVersion;
import fr.gouv.sante.jalons.charter.SignatoryFilter;
import fr.gouv.sante.jalons.charter.SignatoryQueries;
import fr.gouv.sante.jalons.charter.SignatorySummary;
import fr.gouv.sante.jalons.shared.CsvCells;
import fr.gouv.sante.jalons.shared.web.PublicPage;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The charter's open data: its text and commitments with their linked objectives
 * ({@code /api/v1/charter}), and the register of signatories in JSON and in CSV, filtered like the
 * public list when the address carries its filters. Contract v1: fields may be added, never renamed.
 */
@PublicPage
@RestController
class CharterApiController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    /** The sectors of a row in one CSV cell. */
    static final String SECTOR_SEPARATOR = "|";

    static final String[] HEADER = {
        "legal_name", "siren", "sectors", "signed_on", "charter_version", "status", "withdrawn_on", "withdrawal_reason"
    };

    private final CharterQueries charter;
    private final SignatoryQueries signatories;
    private final CharterViews views;

    CharterApiController(CharterQueries charter, SignatoryQueries signatories, CharterViews views) {
        this.charter = charter;
        this.signatories = signatories;
        this.views = views;
    }

    /**
     * {@code GET /api/v1/charter}. {@code title} is null: the text gives itself none. {@code party} is
     * {@code STATE} (the public authorities) or {@code INDUSTRY} (the companies); {@code objectives} are
     * the codes of the roadmap's objectives the DNS linked the commitment to.
     */
    record CharterResource(
            String version,
            @Nullable String title,
            String designation,
            @Nullable VersionResource predecessor,
            List<SectionResource> sections,
            List<CommitmentResource> commitments) {}

    /** A version of the charter as the text names it; {@code signedYear} null where the text gives none. */
    record VersionResource(
            String version, String designation, @Nullable Integer signedYear) {}

    /** A section; {@code party} names whose commitments it lists, {@code paragraphs} the others' text. */
    record SectionResource(
            String numeral,
            String heading,
            List<String> paragraphs,
            @Nullable String party) {}

    record CommitmentResource(String party, int number, String text, List<String> objectives) {}

    /** {@code GET /api/v1/charter/signatories}: {@code count} signatories kept by the filters. */
    record SignatoriesResource(int count, List<SignatoryResource> signatories) {}

    /**
     * A signatory. {@code sectors} among {@code SANITAIRE}, {@code MEDICO_SOCIAL}, {@code SOCIAL};
     * {@code status} {@code ACTIVE} or {@code WITHDRAWN}, the latter with its date and reason.
     */
    record SignatoryResource(
            String legalName,
            String siren,
            List<String> sectors,
            LocalDate signedOn,
            String charterVersion,
            String status,
            @Nullable LocalDate withdrawnOn,
            @Nullable String withdrawalReason) {

        static SignatoryResource of(SignatorySummary signatory) {
            return new SignatoryResource(
                    signatory.legalName(),
                    signatory.siren().digits(),
                    signatory.sectors().stream().map(Enum::name).toList(),
                    signatory.signedOn(),
                    signatory.charterVersion(),
                    signatory.status().name(),
                    signatory.withdrawnOn(),
                    signatory.withdrawalReason());
        }
    }

    @GetMapping(path = "/api/v1/charter", produces = MediaType.APPLICATION_JSON_VALUE)
    CharterResource charter() {
        CharterDocument document = charter.current();
        CharterVersion predecessor = document.predecessor();
        return new CharterResource(
                document.version(),
                document.title(),
                document.designation(),
                predecessor == null
                        ? null
                        : new VersionResource(
                                predecessor.version(), predecessor.designation(), predecessor.signedYear()),
                document.sections().stream()
                        .map(s -> new SectionResource(
                                s.numeral(),
                                s.heading(),
                                s.paragraphs(),
                                s.party() == null ? null : s.party().name()))
                        .toList(),
                document.commitments().stream()
                        .map(c -> new CommitmentResource(
                                c.party().name(),
                                c.number(),
                                c.text(),
                                c.objectives().stream()
                                        .map(LinkedObjective::code)
                                        .toList()))
                        .toList());
    }

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
    @GetMapping(path = "/opendata/charter-signatories.csv", produces = "text/csv")
    ResponseEntity<byte[]> signatoriesCsv(
            @RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "secteur", required = false) String sector,
            @RequestParam(name = "statut", required = false) String status,
            @RequestParam(name = "version", required = false) String version) {
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer =
                CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(csv)) {
            for (SignatorySummary signatory : kept(new FilterParameters(query, sector, status, version))) {
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
                        CsvCells.text(signatory.withdrawalReason()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(
                        "Content-Disposition",
                        ContentDisposition.inline()
                                .filename("jalons-signataires-charte.csv")
                                .build()
                                .toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private List<SignatorySummary> kept(FilterParameters parameters) {
        SignatoryFilter filter = parameters.strict(views.versionLabels());
        return signatories.search(filter);
    }
}
