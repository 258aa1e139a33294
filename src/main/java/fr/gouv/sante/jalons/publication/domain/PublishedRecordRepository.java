package fr.gouv.sante.jalons.publication.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Projections of what the public may see: published revisions of reports in published periods (from
 * their first publication on, whether still taking late reports or closed), and measurements
 * published with them. Working copies and drafts are never read here.
 *
 * <p>The reports, their periods and their measurements are the campaign's rows: this module reads them
 * by id in SQL, read-only, and never maps them as entities, so neither module's entities cross the
 * boundary.
 *
 * <p>The public record is the current roadmap's: what reads periods by code or lists them keeps those
 * of the roadmap whose state is CURRENT ({@link #CURRENT_ROADMAP}), since each roadmap numbers its
 * periods on its own (2024-S2 may exist in two) and an archived roadmap's periods are not today's.
 */
interface PublishedRecordRepository extends Repository<PublishedRevision, Long> {

    /** Keeps the periods {@code p} of the current roadmap. */
    String CURRENT_ROADMAP = " join roadmap rm on rm.id = p.roadmap_id and rm.state = 'CURRENT' ";

    /** The current roadmap's published periods, newest first: the latest is what "what changed" compares. */
    String PUBLISHED_PERIODS = """
            select p.code, p.starts_on, p.ends_on, p.published_at, p.published_precision
            from reporting_period p""" + CURRENT_ROADMAP + """
            where p.published_at is not null
            order by p.ends_on desc""";

    @Query(nativeQuery = true, value = PUBLISHED_PERIODS)
    List<Object[]> findPublishedPeriods();

    /**
     * Every published status of every period, newest period first, and within a report newest
     * revision first: the whole history, for what shows it all (the bilan), never for a public page.
     */
    String PUBLISHED_STATUSES = """
            select r.objective_id, v.status, v.status_basis, p.code, p.ends_on, v.revision
            from published_revision v
            join progress_report r on r.id = v.report_id
            join reporting_period p on p.id = r.period_id""" + CURRENT_ROADMAP + """
            where p.published_at is not null
            order by p.ends_on desc, r.objective_id, v.revision desc""";

    @Query(nativeQuery = true, value = PUBLISHED_STATUSES)
    List<Object[]> findPublishedStatuses();

    /**
     * Per objective of the current roadmap, its two newest published reports (their public revision):
     * what the public status (the newest) and the status it replaced (the one before) need, and no
     * more. Each objective probes the published periods newest first on the (objective, period) index
     * and stops at its second report, so the statement reads about two reports per objective however
     * many periods were published, not every period's rows; the published periods, a few dozen, are
     * read once. Columns as {@link #findPublishedStatuses()}.
     */
    String PUBLIC_STATUSES = """
            with periods as materialized (
                select p.id, p.code, p.ends_on
                from reporting_period p""" + CURRENT_ROADMAP + """
                where p.published_at is not null)
            select o.id, v.status, v.status_basis, s.code, s.ends_on, v.revision
            from objective o
            join roadmap ro on ro.id = o.roadmap_id and ro.state = 'CURRENT'
            cross join lateral (
                select p.code, p.ends_on, r.id as report_id
                from (select * from periods order by ends_on desc) p
                cross join lateral (
                    -- offset 0 keeps this a probe per period: joined flat, the planner reads
                    -- every report of the objective and sorts them
                    select r.id from progress_report r
                    where r.objective_id = o.id and r.period_id = p.id offset 0) r
                order by p.ends_on desc
                limit 2) s
            cross join lateral (
                select v.status, v.status_basis, v.revision from published_revision v
                where v.report_id = s.report_id order by v.revision desc limit 1) v
            order by s.ends_on desc, o.id""";

    @Query(nativeQuery = true, value = PUBLIC_STATUSES)
    List<Object[]> findPublicStatuses();

    @Query(nativeQuery = true, value = """
            select p.code, v.revision, v.status, v.status_basis, v.narrative, v.published_at,
                v.published_precision, v.reason
            from published_revision v
            join progress_report r on r.id = v.report_id
            join reporting_period p on p.id = r.period_id
            where r.objective_id = :objectiveId
              and p.published_at is not null
            order by p.ends_on desc, v.revision desc""")
    List<Object[]> findPublishedRevisions(long objectiveId);

    @Query(nativeQuery = true, value = """
            select m.indicator_id, m.measured_on, m.value, m.source, m.qualifier, m.date_precision, p.code,
                p.published_at
            from measurement m left join reporting_period p on p.id = m.period_id
            where m.indicator_id in (:indicatorIds) and m.published_at is not null
            order by m.measured_on""")
    List<Object[]> findPublishedMeasurements(Collection<Long> indicatorIds);

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
            join reporting_period p on p.id = r.period_id""" + CURRENT_ROADMAP + """
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
            join reporting_period p on p.id = r.period_id""" + CURRENT_ROADMAP + """
            where p.published_at is not null and v.search_vector @@ websearch_to_tsquery('french_unaccent', :query)""")
    List<Long> findObjectivesWithNarrativeMatching(String query);

    @Query(nativeQuery = true, value = """
            select pub.synthesis from publication pub join reporting_period p on p.id = pub.period_id""" + CURRENT_ROADMAP + """
            where p.code = :periodCode and pub.number = :number and pub.synthesis is not null""")
    Optional<String> findPublicationSynthesis(String periodCode, int number);

    @Query(nativeQuery = true, value = """
            select pub.synthesis from publication pub join reporting_period p on p.id = pub.period_id""" + CURRENT_ROADMAP + """
            where p.code = :periodCode and pub.published_at <= :asOf and pub.synthesis is not null
            order by pub.number desc
            limit 1""")
    Optional<String> findSynthesisUpTo(String periodCode, Instant asOf);

    @Query(nativeQuery = true, value = """
            select r.objective_id, v.published_at, pub.number
            from published_revision v
            join publication pub on pub.id = v.publication_id
            join progress_report r on r.id = v.report_id
            join reporting_period p on p.id = r.period_id""" + CURRENT_ROADMAP + """
            where p.code = :periodCode and v.revision = 1 and pub.number > :publication
            order by pub.number, r.objective_id""")
    List<Object[]> findFirstPublishedAfter(String periodCode, int publication);
}
