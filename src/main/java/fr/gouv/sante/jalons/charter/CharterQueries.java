package fr.gouv.sante.jalons.charter;

import java.util.List;

/** The charter's text and commitments, for the public pages and the API; kept in memory until a link changes. */
public interface CharterQueries {

    /** The name of the cache that holds them, cleared on every node when a link changes. */
    String CACHE = "charter";

    /** The charter whose text Jalons holds. */
    CharterDocument current();

    /** Every version a company may have signed, oldest first. */
    List<CharterVersion> versions();

    /** The commitments linked to an objective of the roadmap, State's first, in the text's order. */
    List<LinkedCommitment> commitmentsLinkedTo(String objectiveCode);

    /** A commitment as an objective's page names it. */
    record LinkedCommitment(Party party, int number, String text) {

        /** The anchor of the commitment on the charter's page. */
        public String anchor() {
            return party.anchor(number);
        }
    }
}
