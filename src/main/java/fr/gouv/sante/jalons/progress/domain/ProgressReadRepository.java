package fr.gouv.sante.jalons.progress.domain;

import fr.gouv.sante.jalons.progress.PeriodSummary;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Projections of what the public may see: published revisions of reports in published periods (from
 * their first publication on, whether still taking late reports or closed), and measurements
 * published with them. Working copies and drafts are never read here.
 */
interface ProgressReadRepository extends Repository<PublishedRevision, Long> {

    @Query("""
            select new fr.gouv.sante.jalons.progress.PeriodSummary(p.code, p.startsOn, p.endsOn, p.publishedAt)
            from ReportingPeriod p
            where p.publishedAt is not null
            order by p.endsOn desc""")
    List<PeriodSummary> findPublishedPeriods(Limit limit);

    /** Newest period first, and within a report newest revision first. */
    @Query("""
            select new fr.gouv.sante.jalons.progress.domain.ProgressReadRepository$StatusRow(
                r.objectiveId, v.status, p.code, p.endsOn, v.revision)
            from PublishedRevision v join v.report r join r.period p
            where p.publishedAt is not null
            order by p.endsOn desc, r.objectiveId, v.revision desc""")
    List<StatusRow> findPublishedStatuses();

    @Query("""
            select new fr.gouv.sante.jalons.progress.domain.ProgressReadRepository$RevisionRow(
                p.code, v.revision, v.status, v.narrative, v.publishedAt, v.reason)
            from PublishedRevision v join v.report r join r.period p
            where r.objectiveId = :objectiveId
              and p.publishedAt is not null
            order by p.endsOn desc, v.revision desc""")
    List<RevisionRow> findPublishedRevisions(long objectiveId);

    @Query("""
            select new fr.gouv.sante.jalons.progress.domain.ProgressReadRepository$MeasurementRow(
                m.indicatorId, m.measuredOn, m.value, m.source)
            from Measurement m
            where m.indicatorId in :indicatorIds and m.publishedAt is not null
            order by m.measuredOn""")
    List<MeasurementRow> findPublishedMeasurements(Collection<Long> indicatorIds);

    @Query(nativeQuery = true, value = """
            select distinct r.objective_id from published_revision v
            join progress_report r on r.id = v.report_id
            join reporting_period p on p.id = r.period_id
            where p.published_at is not null and v.search_vector @@ websearch_to_tsquery('french_unaccent', :query)""")
    List<Long> findObjectivesWithNarrativeMatching(String query);

    record StatusRow(long objectiveId, ProgressStatus status, String period, LocalDate periodEnd, int revision) {}

    record RevisionRow(
            String period, int revision, ProgressStatus status, String narrative, Instant publishedAt, String reason) {}

    record MeasurementRow(long indicatorId, LocalDate date, BigDecimal value, String source) {}

    @Query("""
            select p.synthesis from Publication p
            where p.period.code = :periodCode and p.number = :number and p.synthesis is not null""")
    java.util.Optional<String> findPublicationSynthesis(String periodCode, int number);
}
