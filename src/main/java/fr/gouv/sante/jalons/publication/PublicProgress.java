package fr.gouv.sante.jalons.publication;

import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.shared.StatusBasis;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the public sees of the progress, the one read model behind the public pages, the API and the
 * CSV: each objective's status is its latest published report, whatever its period, with that
 * period; an objective with no report published in the latest published period keeps its earlier
 * status and is "not updated" in that period.
 *
 * @param latestPeriod the latest published period, null before the first publication
 * @param byObjective by objective id, for the objectives with at least one published report
 */
public record PublicProgress(
        @Nullable PeriodSummary latestPeriod,
        @Nullable PeriodSummary previousPeriod,
        Map<Long, ObjectiveProgress> byObjective) {

    public PublicProgress {
        byObjective = Map.copyOf(byObjective);
    }

    /** An objective's public progress; {@link ObjectiveProgress#NONE} if nothing was ever published. */
    public ObjectiveProgress of(long objectiveId) {
        return byObjective.getOrDefault(objectiveId, ObjectiveProgress.NONE);
    }

    /**
     * What the public pages show of one objective's progress.
     *
     * @param status the status of the latest published report, null if none
     * @param statusPeriod the period of that report, null if none
     * @param updatedInLatestPeriod that report belongs to the latest published period
     * @param previousStatus for an objective updated in the latest period, its status published for an
     *                       earlier period (null if none): what the home page compares
     * @param statusBasis whether {@code status} was documented or reconstructed; null if none
     */
    public record ObjectiveProgress(
            @Nullable ProgressStatus status,
            @Nullable String statusPeriod,
            boolean updatedInLatestPeriod,
            @Nullable ProgressStatus previousStatus,
            @Nullable StatusBasis statusBasis) {

        public static final ObjectiveProgress NONE = new ObjectiveProgress(null, null, false, null, null);

        /** The status shown was reconstructed from a document's text, not documented. */
        public boolean statusInferred() {
            return statusBasis == StatusBasis.INFERRED;
        }

        public boolean published() {
            return status != null;
        }

        /** Published earlier, but not in the latest published period: its status is an earlier one. */
        public boolean notUpdated() {
            return status != null && !updatedInLatestPeriod;
        }
    }
}
