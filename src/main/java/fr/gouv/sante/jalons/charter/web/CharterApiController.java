package fr.gouv.sante.jalons.charter.web;

import fr.gouv.sante.jalons.charter.CharterDocument;
import fr.gouv.sante.jalons.charter.CharterDocument.LinkedObjective;
import fr.gouv.sante.jalons.charter.CharterQueries;
import fr.gouv.sante.jalons.charter.CharterVersion;
import fr.gouv.sante.jalons.shared.web.PublicPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The charter's open data: its text and commitments with their linked objectives
 * ({@code /api/v1/charter}); the register of signatories is {@code signatory}'s. Contract v1: fields
 * may be added, never renamed.
 */
@PublicPage
@Tag(name = "Charte e-santé")
@RestController
class CharterApiController {

    private final CharterQueries charter;

    CharterApiController(CharterQueries charter) {
        this.charter = charter;
    }

    /**
     * {@code GET /api/v1/charter}. {@code title} is null: the text gives itself none. {@code party} is
     * {@code STATE} (the public authorities) or {@code INDUSTRY} (the companies); {@code objectives} are
     * the codes of the roadmap's objectives the DNS linked the commitment to; {@code sourceDocument} the
     * code of the document the text was taken from, described on {@code /sources}.
     */
    record CharterResource(
            String version,
            @Nullable String title,
            String designation,
            @Nullable VersionResource predecessor,
            List<SectionResource> sections,
            List<CommitmentResource> commitments,
            String sourceDocument) {}

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

    @Operation(summary = "La charte en vigueur : son texte par sections, ses 20 engagements et les objectifs liés")
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
                        .toList(),
                document.sourceDocument());
    }
}
