package fr.gouv.sante.jalons.progress;

import fr.gouv.sante.jalons.shared.ProgressStatus;
import java.time.Instant;
import java.util.List;

/**
 * A published progress report: one objective's update for one period, in its latest published
 * revision, with the earlier revisions it corrected (newest first).
 *
 * @param reason why this revision corrected the previous one; null for the first publication
 */
public record PublishedReport(
        String period,
        ProgressStatus status,
        String narrative,
        Instant publishedAt,
        int revision,
        String reason,
        List<Revision> earlierRevisions) {

    public PublishedReport {
        earlierRevisions = List.copyOf(earlierRevisions);
    }

    /** An earlier published version of the report. */
    public record Revision(int revision, ProgressStatus status, String narrative, Instant publishedAt, String reason) {}
}
