package fr.gouv.sante.jalons.commitment;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The DNS reviews the State commitments' reports of the period taking reports: validates a submitted
 * one or sends it back with a comment. Validated reports are published with the period's publication.
 * Administrators only.
 */
public interface CommitmentReview {

    /** The longest send-back comment, as for an objective's report. */
    int MAX_COMMENT_LENGTH = 2000;

    /**
     * The period's commitment reports past their draft (submitted, sent back, validated, published), in the
     * text's order; empty when no campaign is open.
     */
    List<ReviewItem> reports(CurrentUser admin);

    /**
     * Validates a submitted report; {@code InputRefused} (field {@code report}) if it is not submitted,
     * {@code StaleVersion} if it changed since {@code version}.
     */
    void validate(CurrentUser admin, int number, long version);

    /** Sends a submitted report back; as {@link #validate}, and field {@code comment} for a missing or bad comment. */
    void sendBack(CurrentUser admin, int number, long version, @Nullable String comment);

    /** How many commitment reports the period's publication would make public now. */
    int toPublish(CurrentUser admin);

    /** A commitment report of the period. */
    record ReviewItem(
            int number,
            String text,
            List<String> leads,
            ReportState state,
            @Nullable ProgressStatus status,
            String narrative,
            @Nullable String reviewComment,
            long version,
            @Nullable String updatedBy,
            Instant updatedAt) {

        public ReviewItem {
            leads = List.copyOf(leads);
        }
    }
}
