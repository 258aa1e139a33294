package fr.gouv.sante.jalons.charter.web;

import fr.gouv.sante.jalons.charter.CharterDocument;
import fr.gouv.sante.jalons.charter.CharterDocument.Commitment;
import fr.gouv.sante.jalons.charter.CharterQueries;
import fr.gouv.sante.jalons.charter.CharterVersion;
import fr.gouv.sante.jalons.charter.CommitmentFollowUps;
import fr.gouv.sante.jalons.charter.CommitmentFollowUps.FollowUp;
import fr.gouv.sante.jalons.charter.CommitmentFollowUps.Lead;
import fr.gouv.sante.jalons.charter.CommitmentFollowUps.PublishedReport;
import fr.gouv.sante.jalons.charter.Party;
import fr.gouv.sante.jalons.provenance.SourceQueries;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.MarkdownText;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.Semester;
import fr.gouv.sante.jalons.shared.web.StatusBadge;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Builds the view model of the charter's public page: display-ready values, never entities. */
@Component
class CharterViews {

    private final CharterQueries charter;
    private final SourceQueries sources;
    private final MessageSource messages;
    private final CommitmentFollowUps followUps;

    CharterViews(CharterQueries charter, SourceQueries sources, MessageSource messages, CommitmentFollowUps followUps) {
        this.charter = charter;
        this.followUps = followUps;
        this.sources = sources;
        this.messages = messages;
    }

    /**
     * @param designation how the text names itself ("la présente Charte")
     * @param predecessor how the text names the charter it renews ("une première charte signée en 2021")
     * @param source the document the text was taken from, linked to its entry on {@code /sources}; null
     *     when none is recorded
     */
    record CharterPageView(
            String version,
            String designation,
            @Nullable String predecessor,
            @Nullable String predecessorVersion,
            List<SectionView> sections,
            int stateCount,
            int industryCount,
            @Nullable SourceLinkView source) {}

    /** A source document as a page quotes it: its description (and date, when it has one) and its anchor. */
    record SourceLinkView(String text, String url) {}

    /** A section: its anchor, numeral and heading, and its paragraphs or its commitments. */
    record SectionView(
            String id, String numeral, String heading, List<String> paragraphs, List<CommitmentView> commitments) {}

    /**
     * A commitment: its anchor ({@code etat-5}), number, text and linked objectives; {@code follow} is how
     * a State commitment is followed, null for the companies' commitments.
     */
    record CommitmentView(
            String id,
            int number,
            String text,
            String partyKey,
            List<ObjectiveLinkView> objectives,
            @Nullable FollowView follow) {}

    /**
     * How a State commitment is followed: its leads ("ANS, DNS"; empty for none yet), its latest published
     * status and that period ("1er semestre 2025"; null before its first report), and its own page.
     */
    record FollowView(
            String leads, StatusBadge latest, @Nullable String latestPeriod, String url) {}

    /** A State commitment's own public page. */
    record CommitmentPageView(
            String id,
            int number,
            String text,
            List<String> leads,
            List<ObjectiveLinkView> objectives,
            List<ReportView> reports) {}

    /** A published report of a State commitment: its period, status, text and publication date. */
    record ReportView(String periodLabel, StatusBadge status, String narrativeHtml, String publishedOn) {}

    record ObjectiveLinkView(String code, String title, String url) {}

    CharterPageView charter() {
        CharterDocument document = charter.current();
        Map<Integer, FollowUp> follow = followUps.stateCommitments();
        List<SectionView> sections = new ArrayList<>();
        int position = 0;
        for (CharterDocument.Section section : document.sections()) {
            position++;
            List<CommitmentView> commitments = section.party() == null
                    ? List.of()
                    : document.commitmentsOf(section.party()).stream()
                            .map(c -> commitment(c, c.party() == Party.STATE ? follow.get(c.number()) : null))
                            .toList();
            sections.add(new SectionView(
                    "section-" + position, section.numeral(), section.heading(), section.paragraphs(), commitments));
        }
        CharterVersion predecessor = document.predecessor();
        return new CharterPageView(
                document.version(),
                document.designation(),
                predecessor == null ? null : predecessor.designation(),
                predecessor == null ? null : predecessor.version(),
                sections,
                document.commitmentsOf(Party.STATE).size(),
                document.commitmentsOf(Party.INDUSTRY).size(),
                source(document.sourceDocument()));
    }

    private @Nullable SourceLinkView source(@Nullable String code) {
        if (code == null) {
            return null;
        }
        return sources.document(code)
                .map(source -> new SourceLinkView(
                        source.dated() == null
                                ? source.description()
                                : message("source.document", source.description(), source.dated()),
                        "/sources#" + source.code()))
                .orElse(null);
    }

    private CommitmentView commitment(Commitment commitment, @Nullable FollowUp followUp) {
        String anchor = commitment.party().anchor(commitment.number());
        FollowView follow = null;
        if (followUp != null) {
            PublishedReport latest = followUp.latest();
            follow = new FollowView(
                    String.join(
                            ", ", followUp.leads().stream().map(Lead::acronym).toList()),
                    StatusBadge.of(latest == null ? null : latest.status()),
                    latest == null ? null : periodLabel(latest.period()),
                    "/charte/engagements/" + anchor);
        }
        return new CommitmentView(
                anchor,
                commitment.number(),
                commitment.text(),
                "charter.party." + commitment.party().name(),
                objectives(commitment),
                follow);
    }

    /** A State commitment's own page; not found for a number the State's followed commitments lack. */
    CommitmentPageView commitment(int number) {
        FollowUp followUp = followUps.stateCommitments().get(number);
        Commitment commitment = charter.current().commitmentsOf(Party.STATE).stream()
                .filter(c -> c.number() == number)
                .findFirst()
                .orElse(null);
        if (followUp == null || commitment == null) {
            throw new NotFoundException("commitment", Party.STATE.anchor(number));
        }
        return new CommitmentPageView(
                Party.STATE.anchor(number),
                number,
                commitment.text(),
                followUp.leads().stream()
                        .map(lead -> message("commitment.organisation", lead.acronym(), lead.name()))
                        .toList(),
                objectives(commitment),
                followUp.reports().stream()
                        .map(report -> new ReportView(
                                periodLabel(report.period()),
                                StatusBadge.of(report.status()),
                                MarkdownText.toSafeHtml(report.narrative()),
                                FrenchFormat.date(report.publishedAt())))
                        .toList());
    }

    private static List<ObjectiveLinkView> objectives(Commitment commitment) {
        return commitment.objectives().stream()
                .map(o -> new ObjectiveLinkView(o.code(), o.title(), "/objectifs/" + o.code()))
                .toList();
    }

    private String periodLabel(String code) {
        Semester semester = Semester.parse(code);
        return message(semester.labelKey(), semester.year());
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, FrenchFormat.FRENCH);
    }
}
