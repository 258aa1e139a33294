package fr.gouv.sante.jalons.publication;

import fr.gouv.sante.jalons.shared.DatePrecision;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.shared.StatusBasis;
import java.time.Instant;
import java.util.List;

/**
 * A published progress report: one objective's update for one period, in its latest published
 * revision, with the earlier revisions it corrected (newest first).
 *
 * @param statusBasis whether the status was documented or reconstructed from a document's text
 * @param publishedPrecision whether the day of {@code publishedAt} is known, or only its month
 * @param reason why this revision corrected the previous one; null for the first publication
 */
public record PublishedReport(
        String period,
        ProgressStatus status,
        StatusBasis statusBasis,
        String narrative,
        Instant publishedAt,
        DatePrecision publishedPrecision,
        int revision,
        String reason,
        List<Revision> earlierRevisions) {

    public PublishedReport {
        earlierRevisions = List.copyOf(earlierRevisions);
    }

    public boolean statusInferred() {
        return statusBasis == StatusBasis.INFERRED;
    }

    /** An earlier published version of the report. */
    public record Revision(
            int revision,
            ProgressStatus status,
            StatusBasis statusBasis,
            String narrative,
            Instant publishedAt,
            DatePrecision publishedPrecision,
            String reason) {

        public boolean statusInferred() {
            return statusBasis == StatusBasis.INFERRED;
        }
    }
}
