package fr.gouv.sante.jalons.progress;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read access to published progress: what the public may see. Drafts never come out of here. */
public interface ProgressQueries {

    /** The most recent published period, if any. */
    Optional<PeriodSummary> latestPublishedPeriod();

    /** For each objective id, the status of its most recent published progress report. */
    Map<Long, PublishedStatus> latestPublishedStatuses();

    /** An objective's published progress reports, newest period first. */
    List<PublishedReport> publishedReports(long objectiveId);

    /** Published measurements of the given indicators, by indicator id, oldest first. */
    Map<Long, List<MeasurementValue>> publishedMeasurements(Collection<Long> indicatorIds);
}
