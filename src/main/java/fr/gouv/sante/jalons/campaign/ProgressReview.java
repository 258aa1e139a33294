package fr.gouv.sante.jalons.campaign;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.publication.PeriodPublished;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The DNS runs the campaign: opens a period, reviews, publishes, corrects. Administrators only. Where
 * the campaign stands (the overview, what a publication would leave out) is the {@code followup}
 * module's.
 */
public interface ProgressReview {

    /**
     * Opens the next campaign. A published period still taking late reports is closed at the same
     * time: its unpublished reports are kept, private for good.
     *
     * @throws InputRefused when the code is malformed, a campaign is open and not yet published,
     *                        the period exists or is not the one right after the latest one
     */
    void openPeriod(CurrentUser admin, @Nullable String periodCode, @Nullable LocalDate dueOn);

    /**
     * What {@link #openPeriod} would do, without doing it: the DNS confirms after reading it.
     *
     * @throws InputRefused for the same reasons as {@link #openPeriod}
     */
    CampaignOpening openingPreview(CurrentUser admin, @Nullable String periodCode, @Nullable LocalDate dueOn);

    /** The open campaign if its opening can be cancelled: nothing was saved in it yet. */
    java.util.Optional<CancellableOpening> cancellableOpening(CurrentUser admin);

    /**
     * Cancels an opening made by mistake: the new period is deleted, the one it closed takes late
     * reports again with its unpublished reports as they were, and those mailed are told.
     *
     * @throws InputRefused no campaign to cancel, something was saved in it, or it changed since
     *                        {@code periodVersion}
     */
    void cancelOpening(CurrentUser admin, long periodVersion);

    /**
     * Validates a submitted report.
     *
     * @throws fr.gouv.sante.jalons.shared.StaleVersion nothing changed: the report moved since {@code version}
     */
    void validate(CurrentUser admin, ObjectiveCode code, long version);

    /**
     * Validates several submitted reports, each in its own transaction and only at the version the
     * administrator saw: one refusal never blocks the others.
     */
    BulkValidation validateSeveral(CurrentUser admin, java.util.Map<ObjectiveCode, Long> versions);

    /**
     * Sends a submitted report back to its organisation with a comment.
     *
     * @throws InputRefused when the comment is empty or too long
     * @throws fr.gouv.sante.jalons.shared.StaleVersion nothing changed: the report moved since {@code version}
     */
    void sendBack(CurrentUser admin, ObjectiveCode code, long version, String comment);

    /**
     * Makes every validated report of the current period public at once: the period's first
     * publication, or a supplementary one for late reports. Recorded as a publication and announced
     * by a {@link PeriodPublished} event.
     *
     * @param expectedReports how many reports the summary the administrator confirmed announced;
     *                        null to skip that check
     * @param synthesis the DNS's written synthesis (Markdown) printed in the bilan; null or blank
     *                  for none
     * @return how many were published
     * @throws InputRefused when nothing is validated, the period changed (stale version), the
     *                        number of validated reports is no longer the one confirmed, or the
     *                        synthesis breaks the text rules (field {@code synthesis})
     */
    int publish(CurrentUser admin, long periodVersion, @Nullable Integer expectedReports, @Nullable String synthesis);

    /** {@link #publish(CurrentUser, long, Integer, String)} without a synthesis. */
    default int publish(CurrentUser admin, long periodVersion, @Nullable Integer expectedReports) {
        return publish(admin, periodVersion, expectedReports, null);
    }

    /** {@link #publish(CurrentUser, long, Integer)} without the check of the confirmed count. */
    default int publish(CurrentUser admin, long periodVersion) {
        return publish(admin, periodVersion, null);
    }

    /** The published report of a period as it can be corrected. */
    CorrectionFormView correction(CurrentUser admin, ObjectiveCode code, String periodCode);

    /**
     * Corrects a published report: a new public revision, with its reason; the earlier one stays
     * visible in the history.
     *
     * @throws fr.gouv.sante.jalons.shared.StaleVersion nothing changed: the report moved since {@code version}
     */
    void correct(
            CurrentUser admin,
            ObjectiveCode code,
            String periodCode,
            @Nullable ProgressStatus status,
            @Nullable String narrative,
            @Nullable String reason,
            long version);
}
