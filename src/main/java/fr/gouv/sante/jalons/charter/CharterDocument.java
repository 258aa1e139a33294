package fr.gouv.sante.jalons.charter;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The charter whose text Jalons holds, as the document gives it: its sections in order, and the
 * commitments of the two parties, each with the roadmap's objectives the DNS linked it to.
 *
 * @param version the register's label for this charter ({@code 2023})
 * @param title the title the text gives itself: none, so null
 * @param designation how the text names itself ("la présente Charte")
 * @param predecessor the charter it renews, as the text names it
 * @param sourceDocument the code of the document the text was taken from, on {@code /sources}; null if
 *     none is recorded
 */
public record CharterDocument(
        String version,
        @Nullable String title,
        String designation,
        @Nullable CharterVersion predecessor,
        List<Section> sections,
        List<Commitment> commitments,
        String sourceDocument) {

    public CharterDocument {
        sections = List.copyOf(sections);
        commitments = List.copyOf(commitments);
    }

    /** The commitments of one party, in the text's order. */
    public List<Commitment> commitmentsOf(Party party) {
        return commitments.stream().filter(c -> c.party() == party).toList();
    }

    /**
     * A section: its numeral and heading as printed ("III", "Engagements des pouvoirs publics"), and
     * either its paragraphs or the party whose commitments it lists.
     */
    public record Section(
            String numeral,
            String heading,
            List<String> paragraphs,
            @Nullable Party party) {

        public Section {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** A commitment, numbered as in the text, with its linked objectives in the roadmap's order. */
    public record Commitment(Party party, int number, String text, List<LinkedObjective> objectives) {

        public Commitment {
            objectives = List.copyOf(objectives);
        }
    }

    /** An objective of the roadmap a commitment is linked to. */
    public record LinkedObjective(String code, String title) {}
}
