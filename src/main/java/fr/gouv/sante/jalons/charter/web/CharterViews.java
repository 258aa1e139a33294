package fr.gouv.sante.jalons.charter.web;

import fr.gouv.sante.jalons.charter.CharterDocument;
import fr.gouv.sante.jalons.charter.CharterDocument.Commitment;
import fr.gouv.sante.jalons.charter.CharterQueries;
import fr.gouv.sante.jalons.charter.CharterVersion;
import fr.gouv.sante.jalons.charter.Party;
import fr.gouv.sante.jalons.provenance.SourceQueries;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Builds the view model of the charter's public page: display-ready values, never entities. */
@Component
class CharterViews {

    private final CharterQueries charter;
    private final SourceQueries sources;
    private final MessageSource messages;

    CharterViews(CharterQueries charter, SourceQueries sources, MessageSource messages) {
        this.charter = charter;
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

    /** A commitment: its anchor ({@code etat-5}), number, text and linked objectives. */
    record CommitmentView(String id, int number, String text, String partyKey, List<ObjectiveLinkView> objectives) {}

    record ObjectiveLinkView(String code, String title, String url) {}

    CharterPageView charter() {
        CharterDocument document = charter.current();
        List<SectionView> sections = new ArrayList<>();
        int position = 0;
        for (CharterDocument.Section section : document.sections()) {
            position++;
            List<CommitmentView> commitments = section.party() == null
                    ? List.of()
                    : document.commitmentsOf(section.party()).stream()
                            .map(CharterViews::commitment)
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

    private static CommitmentView commitment(Commitment commitment) {
        return new CommitmentView(
                commitment.party().anchor(commitment.number()),
                commitment.number(),
                commitment.text(),
                "charter.party." + commitment.party().name(),
                commitment.objectives().stream()
                        .map(o -> new ObjectiveLinkView(o.code(), o.title(), "/objectifs/" + o.code()))
                        .toList());
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, FrenchFormat.FRENCH);
    }
}
