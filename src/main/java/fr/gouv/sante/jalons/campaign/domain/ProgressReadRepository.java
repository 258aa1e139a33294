package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.campaign.PeriodSummary;
import fr.gouv.sante.jalons.shared.DatePrecision;
import fr.gouv.sante.jalons.shared.FigureQualifier;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.shared.StatusBasis;
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
            select new fr.gouv.sante.jalons.campaign.PeriodSummary(
                p.code, p.startsOn, p.endsOn, p.publishedAt, p.publishedPrecision)
            from ReportingPeriod p
            where p.publishedAt is not null
            order by p.endsOn desc""")
    List<PeriodSummary> findPublishedPeriods(Limit limit);

    /** Newest period first, and within a report newest revision first. */
    @Query("""
            select new fr.gouv.sante.jalons.campaign.domain.ProgressReadRepository$StatusRow(
                r.objectiveId, v.status, v.statusBasis, p.code, p.endsOn, v.revision)
            from PublishedRevision v join v.report r join r.period p
            where p.publishedAt is not null
            order by p.endsOn desc, r.objectiveId, v.revision desc""")
    List<StatusRow> findPublishedStatuses();

    @Query("""
            select new fr.gouv.sante.jalons.campaign.domain.ProgressReadRepository$RevisionRow(
                p.code, v.revision, v.status, v.statusBasis, v.narrative, v.publishedAt, v.publishedPrecision,
                v.reason)
            from PublishedRevision v join v.report r join r.period p
            where r.objectiveId = :objectiveId
              and p.publishedAt is not null
            order by p.endsOn desc, v.revision desc""")
    List<RevisionRow> findPublishedRevisions(long objectiveId);

    @Query("""
            select new fr.gouv.sante.jalons.campaign.domain.ProgressReadRepository$MeasurementRow(
                m.indicatorId, m.measuredOn, m.value, m.source, m.qualifier, m.datePrecision, p.code,
                p.publishedAt)
            from Measurement m left join m.period p
            where m.indicatorId in :indicatorIds and m.publishedAt is not null
            order by m.measuredOn""")
    List<MeasurementRow> findPublishedMeasurements(Collection<Long> indicatorIds);

    /**
     * Per published report, its public (latest) revision: objective id, period code, revision, when it
     * was published, whether someone in Jalons submitted or published it, and the submitter's
     * organisation id. The submitter is an account (its organisation is a column of the account).
     */
    String REPORT_ORIGINS = """
            select distinct on (r.objective_id, p.code)
                r.objective_id, p.code, v.revision, v.published_at,
                (r.submitted_by is not null or v.published_by is not null), u.organisation_id
            from published_revision v
            join progress_report r on r.id = v.report_id
            join reporting_period p on p.id = r.period_id
            left join app_user u on u.id = r.submitted_by
            where p.published_at is not null""";

    @Query(nativeQuery = true, value = REPORT_ORIGINS + " order by r.objective_id, p.code, v.revision desc")
    List<Object[]> findReportOrigins();

    @Query(
            nativeQuery = true,
            value = REPORT_ORIGINS
                    + " and r.objective_id = :objectiveId order by r.objective_id, p.code, v.revision desc")
    List<Object[]> findReportOrigins(long objectiveId);

    @Query(nativeQuery = true, value = """
            select distinct r.objective_id from published_revision v
            join progress_report r on r.id = v.report_id
            join reporting_period p on p.id = r.period_id
            where p.published_at is not null and v.search_vector @@ websearch_to_tsquery('french_unaccent', :query)""")
    List<Long> findObjectivesWithNarrativeMatching(String query);

    record StatusRow(
            long objectiveId,
            ProgressStatus status,
            StatusBasis basis,
            String period,
            LocalDate periodEnd,
            int revision) {}

    record RevisionRow(
            String period,
            int revision,
            ProgressStatus status,
            StatusBasis basis,
            String narrative,
            Instant publishedAt,
            DatePrecision publishedPrecision,
            String reason) {}

    record MeasurementRow(
            long indicatorId,
            LocalDate date,
            BigDecimal value,
            String source,
            FigureQualifier qualifier,
            DatePrecision datePrecision,
            String period,
            Instant periodPublishedAt) {}

    @Query("""
            select p.synthesis from Publication p
            where p.period.code = :periodCode and p.number = :number and p.synthesis is not null""")
    java.util.Optional<String> findPublicationSynthesis(String periodCode, int number);

    @Query("""
            select p.synthesis from Publication p
            where p.period.code = :periodCode and p.publishedAt <= :asOf and p.synthesis is not null
            order by p.number desc""")
    List<String> findSynthesesUpTo(String periodCode, Instant asOf, Limit limit);

    @Query("""
            select new fr.gouv.sante.jalons.campaign.LateReport(r.objectiveId, v.publishedAt, pub.number)
            from PublishedRevision v join v.report r join r.period p, Publication pub
            where pub.id = v.publicationId and p.code = :periodCode and v.revision = 1 and pub.number > :publication
            order by pub.number, r.objectiveId""")
    List<fr.gouv.sante.jalons.campaign.LateReport> findFirstPublishedAfter(String periodCode, int publication);
}
