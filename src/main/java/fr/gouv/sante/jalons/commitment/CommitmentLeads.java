package fr.gouv.sante.jalons.commitment;

import fr.gouv.sante.jalons.account.CurrentUser;
import java.util.List;
import java.util.Set;

/**
 * The DNS names the lead organisations of the State's commitments. Administrators only; every change is
 * in the audit trail and reaches the public pages at once, on every node.
 */
public interface CommitmentLeads {

    /** Every State commitment with its leads, as saved now, and the organisations to choose from. */
    Editing editing(CurrentUser admin);

    /** One State commitment with its leads; a {@code NotFoundException} for a number the text does not have. */
    LeadRow commitment(CurrentUser admin, int number);

    /**
     * Replaces the commitment's leads with the organisations of these acronyms (none is allowed: nobody
     * reports on it then). Refused ({@code InputRefused}, field {@code leads}) for an unknown organisation;
     * {@code StaleVersion} when the leads changed since {@code version}.
     */
    void change(CurrentUser admin, int number, Set<String> acronyms, long version);

    /** The editing page: the commitments and every organisation, by acronym. */
    record Editing(List<LeadRow> commitments, List<Organisation> organisations) {

        public Editing {
            commitments = List.copyOf(commitments);
            organisations = List.copyOf(organisations);
        }
    }

    /** A State commitment, its leads' acronyms and the version they were read at. */
    record LeadRow(int number, String text, List<String> leads, long version) {

        public LeadRow {
            leads = List.copyOf(leads);
        }
    }

    /** An organisation that may lead a commitment. */
    record Organisation(String acronym, String name) {}
}
