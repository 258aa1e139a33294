package fr.gouv.sante.jalons.campaign;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.InputRefused;

/** The DNS's setting saying whether co-owners report on the objectives another organisation pilots. */
public interface ReportingRules {

    /** The rule in force. */
    ReportingRule current();

    /**
     * Changes the rule (administrators only), recorded in the history.
     *
     * @param version the one the form was shown with
     * @throws InputRefused on {@code version} when someone changed the rule since: nothing changed
     */
    ReportingRule change(CurrentUser admin, boolean coOwnersReport, long version);
}
