package fr.gouv.sante.jalons.opendata;

import fr.gouv.sante.jalons.provenance.ObjectiveSources;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails.Rebaselining;
import fr.gouv.sante.jalons.shared.Deadline;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The JSON documents of the open-data API (contract v1: fields may be added, never renamed). */
final class OpenDataResources {

    private OpenDataResources() {}

    record AxisRef(int number, String name) {}

    record PriorityRef(int number, String title) {}

    /**
     * A row of {@code GET /api/v1/objectives} and of the CSV export. {@code status} is the latest
     * published status, whatever its period ({@code statusPeriod}); {@code updatedInLatestPeriod} says
     * whether that period is the latest published one ({@code latestPeriod}): when false, the
     * objective was not updated in that period and keeps its earlier status. {@code statusBasis} is
     * {@code INFERRED} when that status was reconstructed from a document's text, {@code DOCUMENTED}
     * when it was entered and validated in a campaign or confirmed by the DNS. {@code owners} come in
     * the source document's order, which designates no pilot; {@code pilot} is the owner the DNS
     * designated, null when none is. {@code deadline} is the last day of the deadline's period, kept
     * as a date for the programs that read it; {@code deadlinePrecision} says how much of it the
     * source gives ({@code DAY}, {@code MONTH}, {@code QUARTER}, {@code SEMESTER}, {@code YEAR}) and
     * {@code deadlineLabel} writes it as the pages do ("fin 2024"), without a day the source does not give.
     */
    record ObjectiveResource(
            String code,
            String title,
            String target,
            LocalDate deadline,
            String deadlinePrecision,
            String deadlineLabel,
            AxisRef axis,
            PriorityRef priority,
            List<String> owners,
            @Nullable String pilot,
            @Nullable String status,
            @Nullable String statusPeriod,
            boolean updatedInLatestPeriod,
            @Nullable String latestPeriod,
            @Nullable String statusBasis,
            List<SourceResource> sources) {}

    /**
     * {@code GET /api/v1/objectives/{code}}; its deadline as in {@link ObjectiveResource}. {@code
     * continues}: the items of earlier roadmaps it continues; {@code continuedBy}: the objectives of
     * later roadmaps that continue it.
     */
    record ObjectiveDetailResource(
            String code,
            String title,
            String target,
            LocalDate deadline,
            String deadlinePrecision,
            String deadlineLabel,
            AxisRef axis,
            PriorityRef priority,
            List<String> owners,
            @Nullable String pilot,
            @Nullable String status,
            @Nullable String statusPeriod,
            boolean updatedInLatestPeriod,
            @Nullable String latestPeriod,
            List<MilestoneResource> milestones,
            List<ReportResource> reports,
            List<IndicatorResource> indicators,
            List<RebaseliningResource> rebaselinings,
            @Nullable String statusBasis,
            List<SourceResource> sources,
            List<RoadmapResources.ContinuationResource> continues,
            List<RoadmapResources.ContinuationResource> continuedBy) {}

    /**
     * Where the objective's structure ({@code about} STRUCTURE) or its status ({@code about} STATUS, of
     * {@code period}) comes from: a source document ({@code document}, its code on {@code /sources}), or
     * an action in Jalons ({@code document} null, {@code enteredBy} the organisation that entered it,
     * {@code publishedOn} the day the DNS published it). {@code text} says it in French.
     */
    record SourceResource(
            String about,
            @Nullable String period,
            @Nullable String document,
            @Nullable String enteredBy,
            @Nullable LocalDate publishedOn,
            String text) {

        static List<SourceResource> of(ObjectiveSources sources) {
            return sources.all().stream()
                    .map(s -> new SourceResource(
                            s.about(), s.period(), s.document(), s.enteredBy(), s.publishedOn(), s.text()))
                    .toList();
        }
    }

    /**
     * A change of target or deadline decided by the DNS, with its reason (oldest first); each deadline
     * with its precision and label, as the objective's.
     */
    record RebaseliningResource(
            Instant changedAt,
            String reason,
            String previousTarget,
            LocalDate previousDeadline,
            String newTarget,
            LocalDate newDeadline,
            String previousDeadlinePrecision,
            String previousDeadlineLabel,
            String newDeadlinePrecision,
            String newDeadlineLabel) {

        RebaseliningResource(Rebaselining change) {
            this(
                    change.changedAt(),
                    change.reason(),
                    change.previousTarget(),
                    change.previousDeadline().date(),
                    change.newTarget(),
                    change.newDeadline().date(),
                    change.previousDeadline().precision().name(),
                    FrenchFormat.deadline(change.previousDeadline()),
                    change.newDeadline().precision().name(),
                    FrenchFormat.deadline(change.newDeadline()));
        }
    }

    /**
     * A dated step of the target; {@code date} is the last day of its period, {@code datePrecision} and
     * {@code dateLabel} ("fin 2024") say how much of it the source gives, as for the deadline.
     */
    record MilestoneResource(
            LocalDate date, String description, @Nullable BigDecimal value, String datePrecision, String dateLabel) {

        MilestoneResource(Deadline due, String description, @Nullable BigDecimal value) {
            this(due.date(), description, value, due.precision().name(), FrenchFormat.deadline(due));
        }
    }

    /**
     * The latest published revision of a period's report; {@code reason} says why it corrected the
     * previous one. {@code publishedAt} is as precise as its source: an instant ("2025-06-04T08:00:00Z")
     * or, with {@code publishedAtPrecision} {@code MONTH}, a month ("2024-12").
     */
    record ReportResource(
            String period,
            String status,
            String text,
            @Nullable String publishedAt,
            int revision,
            @Nullable String reason,
            @Nullable String statusBasis,
            @Nullable String publishedAtPrecision) {}

    record IndicatorResource(
            String name,
            String unit,
            String direction,
            List<TargetResource> targets,
            List<MeasurementResource> measurements) {}

    /** A value an indicator must reach, due as in {@link MilestoneResource}. */
    record TargetResource(BigDecimal value, LocalDate date, String datePrecision, String dateLabel) {

        TargetResource(BigDecimal value, Deadline due) {
            this(value, due.date(), due.precision().name(), FrenchFormat.deadline(due));
        }
    }

    /**
     * A figure as its source states it. {@code qualifier}: EXACT, AT_LEAST ("plus de"), ABOUT
     * ("environ"), AT_MOST, INCREASE (a change over the period, not a total). {@code date} is as
     * precise as {@code datePrecision}: "2024-10-31" (DAY), "2024-10" (MONTH), "2024-S1" (SEMESTER), or
     * null (PERIOD: the source gives no date, the figure is at the date of its period's bilan).
     * {@code label} writes it in French as the public pages do.
     */
    record MeasurementResource(
            BigDecimal value,
            @Nullable String date,
            @Nullable String source,
            String qualifier,
            String datePrecision,
            @Nullable String period,
            String label) {}

    record AxisResource(int number, String name, List<PriorityResource> priorities) {}

    record PriorityResource(int number, String title, List<String> objectives) {}

    /**
     * {@code siret}: the SIRET the DNS recorded, null where none is; {@code piloted}: the codes of the objectives the DNS designated it to pilot; {@code updatedInLatestPeriod}:
     * the codes of its objectives updated in the latest published period.
     */
    record OrganisationResource(
            String acronym,
            String name,
            @Nullable String siret,
            List<String> objectives,
            List<String> piloted,
            @Nullable String latestPeriod,
            List<String> updatedInLatestPeriod) {}
}
