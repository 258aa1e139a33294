package fr.gouv.sante.jalons.commitment;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The lead organisations' editors report on their State commitments in the objectives' campaign, with
 * the objective form's rules: a draft may lack its status and text, a submission may not; the text has
 * the objectives' length and characters; a stale version writes nothing. Every method checks the rights.
 */
public interface CommitmentReporting {

    /** The longest narrative, as for an objective's report. */
    int MAX_NARRATIVE_LENGTH = 5000;

    /**
     * The State commitments this person's organisation leads (every followed one for an administrator)
     * and the state of their report in the period taking reports; empty when no campaign is open.
     */
    List<WorkspaceItem> workspace(CurrentUser user);

    /** The form of a commitment's report; refused to anyone who may not read it (another organisation). */
    CommitmentReportView editor(CurrentUser user, int number);

    /**
     * Saves the report as a draft, or saves and submits it for review.
     *
     * @throws fr.gouv.sante.jalons.shared.InputRefused nothing saved: the errors by field ({@code status},
     *     {@code narrative}, {@code period})
     * @throws fr.gouv.sante.jalons.shared.StaleVersion nothing saved: someone saved since {@code version}
     * @throws org.springframework.security.access.AccessDeniedException not a lead's editor nor an administrator
     */
    void save(
            CurrentUser user,
            int number,
            @Nullable ProgressStatus status,
            @Nullable String narrative,
            @Nullable Long version,
            boolean submit);

    /** A commitment in the workspace: its report's state in the period; {@code updatedAt} null while none. */
    record WorkspaceItem(
            int number,
            String text,
            List<String> leads,
            ReportState state,
            @Nullable Instant updatedAt) {

        public WorkspaceItem {
            leads = List.copyOf(leads);
        }
    }
}
