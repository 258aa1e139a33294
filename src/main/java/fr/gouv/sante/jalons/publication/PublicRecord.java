package fr.gouv.sante.jalons.publication;

import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.shared.StatusBasis;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Writing the published record, for the campaign that publishes, corrects and confirms. Every call
 * adds to the record; nothing the public saw is ever changed or removed.
 */
public interface PublicRecord {

    /**
     * Records a publication of a period and the first public revision of each report it makes public.
     *
     * @return the publication's id
     */
    long publish(NewPublication publication);

    /**
     * Appends a revision to a published report (a correction, or the DNS's decision on a status),
     * numbered after its latest one.
     *
     * @return the new revision's number
     */
    int revise(Revision revision);

    /** The public (latest) revision of a report; empty if it was never published. */
    Optional<PublicRevision> latest(long reportId);

    /** The public revisions of those of these reports that were published. */
    List<PublicRevision> latestOf(Collection<Long> reportIds);

    /**
     * A publication to record.
     *
     * @param periodId the reporting period (campaign module)
     * @param number 1 for the first publication of the period, then 2, 3… for supplementary ones
     * @param synthesis the DNS's written synthesis (Markdown), null if none
     */
    record NewPublication(
            long periodId,
            int number,
            Instant at,
            long by,
            @Nullable String synthesis,
            List<PublishedContent> reports) {

        public NewPublication {
            reports = List.copyOf(reports);
        }
    }

    /** What one report says when it is made public. */
    record PublishedContent(long reportId, ProgressStatus status, String narrative) {}

    /** A revision to append: the report's new content, why, by whom, and the status's basis. */
    record Revision(
            long reportId,
            ProgressStatus status,
            String narrative,
            String reason,
            long by,
            Instant at,
            StatusBasis basis) {}

    /** A report's public revision. */
    record PublicRevision(long reportId, int revision, ProgressStatus status, String narrative, StatusBasis basis) {}
}
