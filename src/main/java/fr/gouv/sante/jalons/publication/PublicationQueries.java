package fr.gouv.sante.jalons.publication;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Read access to published progress: what the public may see. Drafts never come out of here. */
public interface PublicationQueries {

    /** The published periods, newest first. */
    List<PeriodSummary> publishedPeriods();

    /** The written synthesis (Markdown) the DNS entered with a publication of a period, if any. */
    java.util.Optional<String> publicationSynthesis(String periodCode, int publication);

    /**
     * The synthesis of the latest publication of a period made at or before {@code asOf} that has
     * one: what an edition issued at that instant prints.
     */
    java.util.Optional<String> synthesisUpTo(String periodCode, java.time.Instant asOf);

    /** The reports of a period first made public by its publications after number {@code publication}. */
    List<LateReport> reportsPublishedAfter(String periodCode, int publication);

    /**
     * The public picture: latest published period and, per objective, its latest published status,
     * that status's period and whether it was updated in the latest period. Two SQL statements.
     */
    PublicProgress publicProgress();

    /** For each objective id, the status of its most recent published progress report. */
    Map<Long, PublishedStatus> latestPublishedStatuses();

    /** For each objective id that has any, its published statuses, newest period first. */
    Map<Long, ObjectiveStatusHistory> publishedStatusHistories();

    /**
     * Ids of the objectives whose published narratives match a full-text query (French stemming,
     * accent-insensitive, web-search syntax: words, "phrases", -exclusions).
     */
    Set<Long> objectivesWithNarrativeMatching(String query);

    /** An objective's published progress reports, newest period first. */
    List<PublishedReport> publishedReports(long objectiveId);

    /** Where the public revision of every published report comes from (for the sources of the statuses). */
    List<ReportOrigin> publishedReportOrigins();

    /** The same, for one objective's published reports. */
    List<ReportOrigin> publishedReportOrigins(long objectiveId);

    /** Published measurements of the given indicators, by indicator id, oldest first. */
    Map<Long, List<MeasurementValue>> publishedMeasurements(Collection<Long> indicatorIds);
}
