package fr.gouv.sante.jalons.campaign;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import java.util.Map;

/**
 * Lead organisations update their objectives for the open period. Every method checks the user's
 * rights (AccessPolicy) whatever the URL it was called from.
 */
public interface ProgressReporting {

    Workspace workspace(CurrentUser user);

    /** The form's content: the saved report, or one pre-filled from the last published period. */
    ReportFormView editor(CurrentUser user, ObjectiveCode code);

    /**
     * Saves the report as a draft, or saves and submits it for review.
     *
     * @throws InputRefused nothing saved: the errors by field
     * @throws ReportConflict nothing saved: someone saved since {@code command.version()}
     * @throws org.springframework.security.access.AccessDeniedException the user may not edit this objective
     */
    void save(CurrentUser user, ObjectiveCode code, ReportCommand command, boolean submit);

    /**
     * Saves each command as a draft, in the map's order, all at once or not at all: it joins the
     * caller's transaction when there is one, and the first refusal or lost race rolls every save back.
     * Each save is {@link #save}'s own (same rights, checks and audit trail), but a lost race is not
     * turned into a {@link ReportConflict}: the caller, which knows what it read, says what changed.
     *
     * @throws InputRefused nothing saved: one command is refused
     * @throws fr.gouv.sante.jalons.shared.StaleVersion nothing saved: someone saved one of the reports
     *     since its command's version ({@link org.springframework.dao.OptimisticLockingFailureException} or
     *     {@link org.springframework.dao.DataIntegrityViolationException} when the database found it first)
     * @throws org.springframework.security.access.AccessDeniedException the user may not edit one of them
     */
    void saveAllAsDrafts(CurrentUser user, Map<ObjectiveCode, ReportCommand> commands);

    /**
     * Takes a submitted report back from the review, before anyone reviewed it: it becomes a draft
     * again, with its measurements.
     *
     * @throws InputRefused nothing changed: the report is not (or no longer) waiting for review
     * @throws ReportConflict nothing changed: someone saved or reviewed it since {@code version}
     */
    void withdraw(CurrentUser user, ObjectiveCode code, long version);

    /**
     * What {@link #save} would refuse in this command, saving nothing: lets a form that already has
     * errors of its own report every bad field at once. A draft may lack its status and narrative;
     * a submission may not.
     */
    Map<String, String> refusals(CurrentUser user, ObjectiveCode code, ReportCommand command, boolean submit);
}
