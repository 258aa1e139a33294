package fr.gouv.sante.jalons.progress;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import java.time.LocalDate;

/** The DNS runs the campaign: opens a period, reviews, publishes, corrects. Administrators only. */
public interface ProgressReview {

    CampaignOverview overview(CurrentUser admin);

    /** @throws ReportRejected when the code is malformed, a campaign is already open, or the period exists */
    void openPeriod(CurrentUser admin, String periodCode, LocalDate dueOn);

    void validate(CurrentUser admin, ObjectiveCode code, long version);

    /** @throws ReportRejected when the comment is empty or too long */
    void sendBack(CurrentUser admin, ObjectiveCode code, long version, String comment);

    /** Makes every validated report of the open period public at once. @return how many were published */
    int publish(CurrentUser admin, long periodVersion);

    /** The published report of a period as it can be corrected. */
    CorrectionEditor correction(CurrentUser admin, ObjectiveCode code, String periodCode);

    /**
     * Corrects a published report: a new public revision, with its reason; the earlier one stays
     * visible in the history.
     */
    void correct(CurrentUser admin, ObjectiveCode code, String periodCode, ProgressStatus status, String narrative,
                 String reason, long version);
}
