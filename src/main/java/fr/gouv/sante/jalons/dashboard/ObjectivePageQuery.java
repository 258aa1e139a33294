package fr.gouv.sante.jalons.dashboard;

import fr.gouv.sante.jalons.provenance.DocumentUse;
import fr.gouv.sante.jalons.provenance.SourceQueries;
import fr.gouv.sante.jalons.publication.MeasurementValue;
import fr.gouv.sante.jalons.publication.PublicProgress.ObjectiveProgress;
import fr.gouv.sante.jalons.publication.PublishedReport;
import fr.gouv.sante.jalons.publication.ReportOrigin;
import fr.gouv.sante.jalons.roadmap.Continuations;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails.IndicatorDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails.Milestone;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails.Rebaselining;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails.TargetValue;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.roadmap.RoadmapState;
import fr.gouv.sante.jalons.shared.DatePrecision;
import fr.gouv.sante.jalons.shared.Deadline;
import fr.gouv.sante.jalons.shared.FigureQualifier;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.shared.StatusBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one objective's public page in a single SQL statement: PostgreSQL gathers its structure, its
 * published revisions and figures, its sources' rows and its links to other roadmaps into one JSON
 * document, which is turned here into the records the modules' own queries return (the same rows, in
 * the same order, as {@code RoadmapQueries.objective}, {@code PublicationQueries.publishedReports}
 * and {@code publishedMeasurements}, {@code SourceQueries.objective} and
 * {@code PublicRoadmapQueries.continuations}). Its public status is that of its newest published
 * report, as {@code PublicationQueries.publicProgress} tells it for every objective. A cold page thus
 * costs one round trip instead of one per kind of row, and reads only this objective's rows.
 */
@Component
class ObjectivePageQuery {

    /** Published, of the current roadmap, newest first: what the public sees. */
    private static final String SQL = """
            with o as (
                select o.id, o.code, o.title, o.target, o.deadline, o.deadline_precision,
                    a.number as axis_number, a.name as axis_name, p.number as priority_number,
                    p.title as priority_title, pilot.acronym as pilot
                from objective o
                join priority p on p.id = o.priority_id
                join axis a on a.id = p.axis_id
                join roadmap r on r.id = a.roadmap_id
                left join organisation pilot on pilot.id = o.pilot_organisation_id
                where r.state = 'CURRENT' and o.code = :code
            )
            select json_build_object(
                'objective', json_build_object('id', o.id, 'code', o.code, 'title', o.title, 'target', o.target,
                    'deadline', o.deadline, 'deadlinePrecision', o.deadline_precision, 'axisNumber', o.axis_number,
                    'axisName', o.axis_name, 'priorityNumber', o.priority_number,
                    'priorityTitle', o.priority_title, 'pilot', o.pilot),
                'owners', (select coalesce(json_agg(json_build_object('acronym', g.acronym, 'name', g.name)
                        order by ow.position), '[]')
                    from objective_owner ow join organisation g on g.id = ow.organisation_id
                    where ow.objective_id = o.id),
                'targets', (select coalesce(json_agg(json_build_object('dueDate', t.due_date,
                        'duePrecision', t.due_precision, 'description', t.description,
                        'indicatorId', t.indicator_id, 'value', t.value) order by t.due_date, t.position), '[]')
                    from objective_target t where t.objective_id = o.id),
                'indicators', (select coalesce(json_agg(json_build_object('id', i.id, 'name', i.name,
                        'unit', i.unit, 'direction', i.direction, 'maxValue', i.max_value,
                        'baselineValue', i.baseline_value, 'baselineDate', i.baseline_date) order by i.position), '[]')
                    from indicator i where i.objective_id = o.id),
                'rebaselinings', (select coalesce(json_agg(json_build_object('changedAt', b.changed_at,
                        'reason', b.reason, 'previousTarget', b.previous_target,
                        'previousDeadline', b.previous_deadline,
                        'previousDeadlinePrecision', b.previous_deadline_precision, 'newTarget', b.new_target,
                        'newDeadline', b.new_deadline, 'newDeadlinePrecision', b.new_deadline_precision)
                        order by b.changed_at, b.id), '[]')
                    from objective_baseline b where b.objective_id = o.id),
                'revisions', (select coalesce(json_agg(json_build_object('period', p.code, 'revision', v.revision,
                        'status', v.status, 'basis', v.status_basis, 'narrative', v.narrative,
                        'publishedAt', v.published_at, 'publishedPrecision', v.published_precision,
                        'reason', v.reason, 'enteredInJalons', (r.submitted_by is not null or v.published_by is not null),
                        'submitterOrganisationId', u.organisation_id, 'submitterAcronym', g.acronym)
                        order by p.ends_on desc, v.revision desc), '[]')
                    from published_revision v
                    join progress_report r on r.id = v.report_id
                    join reporting_period p on p.id = r.period_id
                    left join app_user u on u.id = r.submitted_by
                    left join organisation g on g.id = u.organisation_id
                    where r.objective_id = o.id and p.published_at is not null),
                'measurements', (select coalesce(json_agg(json_build_object('indicatorId', m.indicator_id,
                        'measuredOn', m.measured_on, 'value', m.value, 'source', m.source,
                        'qualifier', m.qualifier, 'datePrecision', m.date_precision, 'period', p.code,
                        'periodPublishedAt', p.published_at) order by m.measured_on), '[]')
                    from measurement m left join reporting_period p on p.id = m.period_id
                    where m.indicator_id in (select i.id from indicator i where i.objective_id = o.id)
                      and m.published_at is not null),
                'uses', (select coalesce(json_agg(json_build_object('subject', u.subject,
                        'objectiveId', u.objective_id, 'period', u.period_code, 'code', d.code,
                        'description', d.description, 'dated', d.dated) order by d.position), '[]')
                    from source_document_use u join source_document d on d.id = u.source_document_id
                    where u.subject in ('OBJECTIVE', 'REPORT') and u.objective_id = o.id),
                'continuations', (select coalesce(json_agg(json_build_object('direction', c.direction,
                        'slug', r.slug, 'title', r.title, 'state', r.state, 'startYear', r.start_year,
                        'code', other.code, 'objectiveTitle', other.title)), '[]')
                    from (select 'CONTINUES' as direction, continued_objective_id as other_id
                            from objective_continuation where objective_id = o.id
                          union all
                          select 'CONTINUED_BY', objective_id
                            from objective_continuation where continued_objective_id = o.id) c
                    join objective other on other.id = c.other_id
                    join roadmap r on r.id = other.roadmap_id
                    where r.state <> 'DRAFT'),
                'latestPeriod', (select p.code from reporting_period p
                    join roadmap rm on rm.id = p.roadmap_id and rm.state = 'CURRENT'
                    where p.published_at is not null order by p.ends_on desc limit 1))
            from o""";

    private static final Comparator<ContinuationRow> CONTINUATION_ORDER = Comparator.comparingInt(
                    ContinuationRow::startYear)
            .thenComparing(ContinuationRow::slug)
            .thenComparing(row -> ObjectiveCode.parse(row.code()));

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final SourceQueries sources;

    ObjectivePageQuery(JdbcClient jdbc, JsonMapper json, SourceQueries sources) {
        this.jdbc = jdbc;
        this.json = json;
        this.sources = sources;
    }

    /** The page of the current roadmap's objective with this code; empty for an unknown one. */
    Optional<ObjectivePage> read(ObjectiveCode code) {
        return jdbc.sql(SQL)
                .param("code", code.toString())
                .query(String.class)
                .optional()
                .map(document -> page(json.readValue(document, Rows.class)));
    }

    private ObjectivePage page(Rows rows) {
        ObjectiveRow row = rows.objective();
        ObjectiveSummary summary = new ObjectiveSummary(
                row.id(),
                row.code(),
                row.title(),
                row.target(),
                new Deadline(row.deadline(), Deadline.Precision.valueOf(row.deadlinePrecision())),
                new ObjectiveSummary.AxisRef(row.axisNumber(), row.axisName()),
                new ObjectiveSummary.PriorityRef(row.priorityNumber(), row.priorityTitle()),
                rows.owners(),
                row.pilot());
        List<PublishedReport> reports = reports(rows.revisions());
        PublicObjectiveDetails details = new PublicObjectiveDetails(
                details(summary, rows),
                reports,
                measurements(rows.measurements()),
                sources.objective(
                        row.id(), rows.uses(), origins(row.id(), rows.revisions()), acronyms(rows.revisions())),
                continuations(rows.continuations()));
        return new ObjectivePage(
                new PublicObjective(summary, progress(reports, rows.latestPeriod())), rows.latestPeriod(), details);
    }

    private static ObjectiveDetails details(ObjectiveSummary summary, Rows rows) {
        List<IndicatorDetails> indicators = rows.indicators().stream()
                .map(indicator -> new IndicatorDetails(
                        indicator.id(),
                        indicator.name(),
                        indicator.unit(),
                        indicator.direction(),
                        indicator.maxValue(),
                        indicator.baselineValue() == null
                                ? null
                                : new TargetValue(indicator.baselineValue(), indicator.baselineDate()),
                        rows.targets().stream()
                                .filter(target -> Long.valueOf(indicator.id()).equals(target.indicatorId()))
                                .map(target -> new TargetValue(
                                        target.value(),
                                        target.dueDate(),
                                        Deadline.Precision.valueOf(target.duePrecision())))
                                .toList()))
                .toList();
        List<Milestone> milestones = rows.targets().stream()
                .map(target -> new Milestone(
                        new Deadline(target.dueDate(), Deadline.Precision.valueOf(target.duePrecision())),
                        target.description(),
                        target.indicatorId(),
                        target.value()))
                .toList();
        List<Rebaselining> rebaselinings = rows.rebaselinings().stream()
                .map(change -> new Rebaselining(
                        change.changedAt().toInstant(),
                        change.reason(),
                        change.previousTarget(),
                        new Deadline(
                                change.previousDeadline(),
                                Deadline.Precision.valueOf(change.previousDeadlinePrecision())),
                        change.newTarget(),
                        new Deadline(change.newDeadline(), Deadline.Precision.valueOf(change.newDeadlinePrecision()))))
                .toList();
        return new ObjectiveDetails(summary, milestones, indicators, rebaselinings);
    }

    /** Newest period first; in a period the newest revision is the report, the others its earlier ones. */
    private static List<PublishedReport> reports(List<RevisionRow> revisions) {
        Map<String, List<RevisionRow>> byPeriod = new LinkedHashMap<>();
        revisions.forEach(row -> byPeriod.computeIfAbsent(row.period(), period -> new ArrayList<>())
                .add(row));
        return byPeriod.values().stream()
                .map(rows -> {
                    RevisionRow latest = rows.get(0);
                    return new PublishedReport(
                            latest.period(),
                            latest.status(),
                            latest.basis(),
                            latest.narrative(),
                            latest.publishedAt().toInstant(),
                            latest.publishedPrecision(),
                            latest.revision(),
                            latest.reason(),
                            rows.subList(1, rows.size()).stream()
                                    .map(row -> new PublishedReport.Revision(
                                            row.revision(),
                                            row.status(),
                                            row.basis(),
                                            row.narrative(),
                                            row.publishedAt().toInstant(),
                                            row.publishedPrecision(),
                                            row.reason()))
                                    .toList());
                })
                .toList();
    }

    /** The public status is the newest published report's, whatever its period (see {@code publicProgress}). */
    private static ObjectiveProgress progress(List<PublishedReport> reports, @Nullable String latestPeriod) {
        if (reports.isEmpty()) {
            return ObjectiveProgress.NONE;
        }
        PublishedReport current = reports.get(0);
        boolean updated = current.period().equals(latestPeriod);
        ProgressStatus before = updated && reports.size() > 1 ? reports.get(1).status() : null;
        return new ObjectiveProgress(current.status(), current.period(), updated, before, current.statusBasis());
    }

    // a figure without a published period has no bilan month: null, as the publication module's query gives it
    @SuppressWarnings("NullAway")
    private static Map<Long, List<MeasurementValue>> measurements(List<MeasurementRow> rows) {
        Map<Long, List<MeasurementValue>> byIndicator = new LinkedHashMap<>();
        for (MeasurementRow row : rows) {
            byIndicator
                    .computeIfAbsent(row.indicatorId(), id -> new ArrayList<>())
                    .add(new MeasurementValue(
                            row.measuredOn(),
                            row.value(),
                            row.source(),
                            row.qualifier(),
                            row.datePrecision(),
                            row.period(),
                            FrenchFormat.month(
                                    row.periodPublishedAt() == null
                                            ? null
                                            : row.periodPublishedAt().toInstant())));
        }
        return byIndicator;
    }

    /** Per period, its public (newest) revision's origin: the rows come newest revision first. */
    private static List<ReportOrigin> origins(long objectiveId, List<RevisionRow> revisions) {
        Map<String, ReportOrigin> byPeriod = new LinkedHashMap<>();
        revisions.forEach(row -> byPeriod.putIfAbsent(
                row.period(),
                new ReportOrigin(
                        objectiveId,
                        row.period(),
                        row.revision(),
                        row.publishedAt().toInstant(),
                        row.enteredInJalons(),
                        row.submitterOrganisationId())));
        return List.copyOf(byPeriod.values());
    }

    private static Map<Long, String> acronyms(List<RevisionRow> revisions) {
        Map<Long, String> acronyms = new HashMap<>();
        revisions.stream()
                .filter(row -> row.submitterOrganisationId() != null && row.submitterAcronym() != null)
                .forEach(row -> acronyms.put(row.submitterOrganisationId(), row.submitterAcronym()));
        return acronyms;
    }

    private static Continuations continuations(List<ContinuationRow> rows) {
        List<Continuations.Link> continues = new ArrayList<>();
        List<Continuations.Link> continuedBy = new ArrayList<>();
        rows.stream()
                .sorted(CONTINUATION_ORDER)
                .forEach(row -> ("CONTINUES".equals(row.direction()) ? continues : continuedBy)
                        .add(new Continuations.Link(
                                row.slug(), row.title(), row.state(), row.code(), row.objectiveTitle())));
        return new Continuations(continues, continuedBy);
    }

    /** The statement's JSON document, key for key. */
    record Rows(
            ObjectiveRow objective,
            List<ObjectiveSummary.OwnerRef> owners,
            List<TargetRow> targets,
            List<IndicatorRow> indicators,
            List<BaselineRow> rebaselinings,
            List<RevisionRow> revisions,
            List<MeasurementRow> measurements,
            List<DocumentUse> uses,
            List<ContinuationRow> continuations,
            @Nullable String latestPeriod) {}

    record ObjectiveRow(
            long id,
            String code,
            String title,
            String target,
            LocalDate deadline,
            String deadlinePrecision,
            int axisNumber,
            String axisName,
            int priorityNumber,
            String priorityTitle,
            @Nullable String pilot) {}

    // a column the modules' own rows hand over unannotated is left so here: the records they fill
    // take it as those rows give it (a null baseline date only beside a null baseline value)
    record TargetRow(
            LocalDate dueDate,
            String duePrecision,
            String description,
            @Nullable Long indicatorId,
            BigDecimal value) {}

    record IndicatorRow(
            long id,
            String name,
            String unit,
            String direction,
            @Nullable BigDecimal maxValue,
            @Nullable BigDecimal baselineValue,
            LocalDate baselineDate) {}

    record BaselineRow(
            OffsetDateTime changedAt,
            String reason,
            String previousTarget,
            LocalDate previousDeadline,
            String previousDeadlinePrecision,
            String newTarget,
            LocalDate newDeadline,
            String newDeadlinePrecision) {}

    record RevisionRow(
            String period,
            int revision,
            ProgressStatus status,
            StatusBasis basis,
            String narrative,
            OffsetDateTime publishedAt,
            DatePrecision publishedPrecision,
            String reason,
            boolean enteredInJalons,
            @Nullable Long submitterOrganisationId,
            @Nullable String submitterAcronym) {}

    record MeasurementRow(
            long indicatorId,
            LocalDate measuredOn,
            BigDecimal value,
            String source,
            FigureQualifier qualifier,
            DatePrecision datePrecision,
            String period,
            OffsetDateTime periodPublishedAt) {}

    record ContinuationRow(
            String direction,
            String slug,
            String title,
            RoadmapState state,
            int startYear,
            String code,
            String objectiveTitle) {}
}
