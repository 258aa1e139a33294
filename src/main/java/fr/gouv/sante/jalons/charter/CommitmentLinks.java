package fr.gouv.sante.jalons.charter;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.charter.CharterDocument.LinkedObjective;
import java.util.List;

/**
 * The DNS links a commitment of the charter to the roadmap's objectives it is, or serves. Administrators
 * only; every change is in the audit trail and reaches the public pages at once, on every node.
 */
public interface CommitmentLinks {

    /** Every commitment with its links, as saved now (nothing cached), and the objectives to choose from. */
    Editing editing(CurrentUser admin);

    /** One commitment with its links, as saved now; a {@code NotFoundException} for a number the text does not have. */
    CommitmentRow commitment(CurrentUser admin, Party party, int number);

    /**
     * Links the objective of that code; refused ({@code InputRefused}, field {@code objective}) for an
     * unknown objective or one already linked, {@code StaleVersion} when the links changed since {@code version}.
     */
    void link(CurrentUser admin, Party party, int number, String objectiveCode, long version);

    /** Removes a link; as {@link #link} for an objective that is not linked or a stale version. */
    void unlink(CurrentUser admin, Party party, int number, String objectiveCode, long version);

    /** The editing page: the commitments and every objective of the roadmap, in its order. */
    record Editing(List<CommitmentRow> commitments, List<LinkedObjective> objectives) {}

    /** A commitment, its links and the version they were read at. */
    record CommitmentRow(Party party, int number, String text, List<LinkedObjective> objectives, long version) {}
}
