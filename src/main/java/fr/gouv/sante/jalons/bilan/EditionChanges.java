package fr.gouv.sante.jalons.bilan;

import java.time.Instant;
import java.util.List;

/**
 * What was made public in a period after one of its editions: the late reports published since and
 * the corrections. Before a new edition is issued, since the latest one; for an issued edition,
 * between it and the one before.
 *
 * @param since the number of the edition these changes come after (0 when the period has none)
 */
public record EditionChanges(String periodCode, int since, List<LateReport> lateReports, List<Erratum> corrections) {

    public EditionChanges {
        lateReports = List.copyOf(lateReports);
        corrections = List.copyOf(corrections);
    }

    /** Nothing to take in: a new edition would say the same as the last one. */
    public boolean none() {
        return lateReports.isEmpty() && corrections.isEmpty();
    }

    /** A late report of the period, made public by a supplementary publication. */
    public record LateReport(String objectiveCode, String objectiveTitle, Instant publishedAt) {}
}
