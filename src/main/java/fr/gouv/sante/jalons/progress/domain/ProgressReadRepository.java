package fr.gouv.sante.jalons.progress.domain;

import fr.gouv.sante.jalons.progress.PeriodSummary;
import fr.gouv.sante.jalons.progress.PublishedReport;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Projections of published progress; a report is public once it and its period are published. */
interface ProgressReadRepository extends Repository<ProgressReport, Long> {

    @Query("""
            select new fr.gouv.sante.jalons.progress.PeriodSummary(p.code, p.startsOn, p.endsOn, p.publishedAt)
            from ReportingPeriod p
            where p.state = fr.gouv.sante.jalons.progress.domain.ReportingPeriod$State.PUBLISHED
            order by p.endsOn desc""")
    List<PeriodSummary> findPublishedPeriods(Limit limit);

    @Query("""
            select new fr.gouv.sante.jalons.progress.domain.ProgressReadRepository$StatusRow(
                r.objectiveId, r.status, p.code, p.endsOn)
            from ProgressReport r join r.period p
            where p.state = fr.gouv.sante.jalons.progress.domain.ReportingPeriod$State.PUBLISHED
              and r.publishedAt is not null
            order by p.endsOn desc""")
    List<StatusRow> findPublishedStatuses();

    @Query("""
            select new fr.gouv.sante.jalons.progress.PublishedReport(p.code, r.status, r.narrative, r.publishedAt)
            from ProgressReport r join r.period p
            where r.objectiveId = :objectiveId
              and p.state = fr.gouv.sante.jalons.progress.domain.ReportingPeriod$State.PUBLISHED
              and r.publishedAt is not null
            order by p.endsOn desc""")
    List<PublishedReport> findPublishedReports(long objectiveId);

    @Query("""
            select new fr.gouv.sante.jalons.progress.domain.ProgressReadRepository$MeasurementRow(
                m.indicatorId, m.measuredOn, m.value, m.source)
            from Measurement m left join m.period p
            where m.indicatorId in :indicatorIds
              and (p is null or p.state = fr.gouv.sante.jalons.progress.domain.ReportingPeriod$State.PUBLISHED)
            order by m.measuredOn""")
    List<MeasurementRow> findPublishedMeasurements(Collection<Long> indicatorIds);

    @Query(nativeQuery = true, value = """
            select distinct r.objective_id from progress_report r join reporting_period p on p.id = r.period_id
            where p.state = 'PUBLISHED' and r.published_at is not null
              and r.search_vector @@ websearch_to_tsquery('french_unaccent', :query)""")
    List<Long> findObjectivesWithNarrativeMatching(String query);

    record StatusRow(long objectiveId, ProgressStatus status, String period, LocalDate periodEnd) {
    }

    record MeasurementRow(long indicatorId, LocalDate date, BigDecimal value, String source) {
    }
}
