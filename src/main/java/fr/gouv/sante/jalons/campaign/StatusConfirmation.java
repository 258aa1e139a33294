package fr.gouv.sante.jalons.campaign;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import java.util.List;

/**
 * The DNS confirms or changes, in one screen, the published statuses that were reconstructed from a
 * document's text. Each decision is a new published revision (a correction with its reason), so it
 * is audited, listed among the corrections of the frozen edition, and the status becomes documented.
 * Administrators only. The statuses still to decide on are the {@code followup} module's to list.
 */
public interface StatusConfirmation {

    /**
     * Applies the decisions in one transaction: all or none.
     *
     * @return how many statuses became documented
     * @throws InputRefused when a status changed since the screen was shown (its version), or a
     *                        decision names a status that is no longer inferred
     */
    int decide(CurrentUser admin, List<Decision> decisions);

    /**
     * The DNS's decision for one objective's status in one period.
     *
     * @param status the status the DNS establishes: the inferred one (confirmed) or another (changed)
     */
    record Decision(ObjectiveCode code, String period, ProgressStatus status, long version) {}
}
