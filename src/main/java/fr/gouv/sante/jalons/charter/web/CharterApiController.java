package fr.gouv.sante.jalons.charter.web;

import fr.gouv.sante.jalons.charter.CharterDocument;
import fr.gouv.sante.jalons.charter.CharterDocument.Commitment;
import fr.gouv.sante.jalons.charter.CharterDocument.LinkedObjective;
import fr.gouv.sante.jalons.charter.CharterQueries;
import fr.gouv.sante.jalons.charter.CharterVersion;
import fr.gouv.sante.jalons.charter.CommitmentFollowUps;
import fr.gouv.sante.jalons.charter.CommitmentFollowUps.FollowUp;
import fr.gouv.sante.jalons.charter.CommitmentFollowUps.Lead;
import fr.gouv.sante.jalons.charter.Party;
import fr.gouv.sante.jalons.shared.web.PublicPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
    private final CommitmentFollowUps followUps;

    CharterApiController(CharterQueries charter, CommitmentFollowUps followUps) {
        this.charter = charter;
        this.followUps = followUps;
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

    /**
     * A commitment. For the State's, {@code leads} are the acronyms of the organisations the DNS named to
     * follow it and {@code reports} its published semester reports, newest period first; both are null
     * for the companies' commitments, which are the signatories' own and not followed here.
     */
    record CommitmentResource(
            String party,
            int number,
            String text,
            List<String> objectives,
            @Nullable List<String> leads,
            @Nullable List<ReportResource> reports) {}

    /** A published report: {@code status} as for objectives ({@code ON_TRACK}...), {@code narrative} in Markdown. */
    record ReportResource(String period, String status, String narrative, Instant publishedAt) {}

    @Operation(summary = "La charte en vigueur : son texte par sections, ses 20 engagements et les objectifs liés")
    @GetMapping(path = "/api/v1/charter", produces = MediaType.APPLICATION_JSON_VALUE)
    CharterResource charter() {
        CharterDocument document = charter.current();
        CharterVersion predecessor = document.predecessor();
        Map<Integer, FollowUp> followed = followUps.stateCommitments();
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
                        .map(c -> commitment(c, c.party() == Party.STATE ? followed.get(c.number()) : null))
                        .toList(),
                document.sourceDocument());
    }

    private static CommitmentResource commitment(Commitment commitment, @Nullable FollowUp followUp) {
        return new CommitmentResource(
                commitment.party().name(),
                commitment.number(),
                commitment.text(),
                commitment.objectives().stream().map(LinkedObjective::code).toList(),
                followUp == null
                        ? null
                        : followUp.leads().stream().map(Lead::acronym).toList(),
                followUp == null
                        ? null
                        : followUp.reports().stream()
                                .map(r -> new ReportResource(
                                        r.period(), r.status().name(), r.narrative(), r.publishedAt()))
                                .toList());
    }
}
