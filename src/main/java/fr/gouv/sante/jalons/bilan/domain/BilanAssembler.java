package fr.gouv.sante.jalons.bilan.domain;

import fr.gouv.sante.jalons.bilan.Bilan;
import fr.gouv.sante.jalons.bilan.Bilan.AxisCounts;
import fr.gouv.sante.jalons.bilan.Bilan.Changes;
import fr.gouv.sante.jalons.bilan.Bilan.Figure;
import fr.gouv.sante.jalons.bilan.Bilan.IndicatorPart;
import fr.gouv.sante.jalons.bilan.Bilan.Move;
import fr.gouv.sante.jalons.bilan.Bilan.ObjectivePart;
import fr.gouv.sante.jalons.bilan.Bilan.ObjectiveRef;
import fr.gouv.sante.jalons.bilan.Bilan.OrganisationLag;
import fr.gouv.sante.jalons.bilan.Bilan.PriorityPart;
import fr.gouv.sante.jalons.bilan.Bilan.RebaseliningLine;
import fr.gouv.sante.jalons.bilan.Bilan.StatusCount;
import fr.gouv.sante.jalons.publication.MeasurementValue;
import fr.gouv.sante.jalons.publication.ObjectiveStatusHistory;
import fr.gouv.sante.jalons.publication.PeriodSummary;
import fr.gouv.sante.jalons.publication.PublicationQueries;
import fr.gouv.sante.jalons.publication.PublishedReport;
import fr.gouv.sante.jalons.publication.PublishedStatus;
import fr.gouv.sante.jalons.roadmap.AxisSummary;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails.IndicatorDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import fr.gouv.sante.jalons.shared.DatePrecision;
import fr.gouv.sante.jalons.shared.FigureWords;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.MarkdownText;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.shared.Semester;
import fr.gouv.sante.jalons.shared.StatusBasis;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a period's semester report from the published data only: the status of each objective at
 * that period (its report of the period, else its latest earlier one, marked "non mis à jour"),
 * the measurements dated up to the end of the period, and the re-baselinings made up to its
 * publication.
 */
@Component
@Transactional(readOnly = true)
public class BilanAssembler {

    private final RoadmapQueries roadmap;
    private final PublicationQueries progress;
    private final MessageSource messages;
    private final BilanIndicators indicatorParts;

    BilanAssembler(
            RoadmapQueries roadmap,
            PublicationQueries progress,
            MessageSource messages,
            BilanIndicators indicatorParts) {
        this.indicatorParts = indicatorParts;
        this.roadmap = roadmap;
        this.progress = progress;
        this.messages = messages;
    }

    /** The published period and the one before it, if any. */
    record Periods(PeriodSummary period, @Nullable PeriodSummary previous) {}

    Periods periods(String periodCode) {
        List<PeriodSummary> published = progress.publishedPeriods();
        for (int i = 0; i < published.size(); i++) {
            if (published.get(i).code().equals(periodCode)) {
                return new Periods(published.get(i), i + 1 < published.size() ? published.get(i + 1) : null);
            }
        }
        throw new NotFoundException("bilan", periodCode);
    }

    /** The report of a published period as it stands now (no edition number). */
    public Bilan assemble(String periodCode, Instant asOf) {
        return assemble(periodCode, asOf, 0);
    }

    /**
     * The report of a published period; {@code asOf} bounds the re-baselinings (the publication's
     * instant); {@code edition} is the publication's number, 0 for a reading that is not an edition.
     */
    public Bilan assemble(String periodCode, Instant asOf, int edition) {
        Periods periods = periods(periodCode);
        PeriodSummary period = periods.period();
        PeriodSummary previous = periods.previous();
        List<ObjectiveSummary> objectives = roadmap.objectives();
        Map<String, ObjectiveDetails> details = details(objectives);
        Statuses statuses = statuses(objectives, period, previous);
        List<Figure> figures = new ArrayList<>();
        List<ObjectivePart> parts = objectiveParts(objectives, details, statuses.now(), period, figures);
        Map<String, ObjectivePart> byCode = new LinkedHashMap<>();
        parts.forEach(p -> byCode.put(p.code(), p));
        List<PriorityPart> priorities = new ArrayList<>();
        List<AxisCounts> axes = axes(byCode, priorities);
        List<StatusCount> overall = BilanStatuses.counts(parts);
        Rebaselinings rebaselinings =
                rebaselinings(objectives, details, asOf, previous == null ? null : previous.publishedAt());
        Changes changes = new Changes(
                previous == null ? List.of() : moves(objectives, statuses, period),
                previous == null ? List.of() : achieved(objectives, statuses, period),
                figures,
                rebaselinings.since(),
                notUpdated(parts));
        return new Bilan(
                roadmap.roadmap().title(),
                period.code(),
                periodLabel(period.code()),
                period.requirePublishedAt(),
                publishedOn(asOf, List.of(period), false),
                previous == null ? null : periodLabel(previous.code()),
                overall,
                BilanCharts.statusBar(overall, message("bilan.chart.overall", summary(overall))),
                axes,
                changes,
                priorities,
                lags(objectives, byCode),
                rebaselinings.all(),
                parts.size(),
                edition,
                asOf,
                edition == 0 ? "" : synthesis(period, asOf),
                asOf.equals(period.publishedAt()) && period.publishedPrecision() == DatePrecision.MONTH);
    }

    /** Each objective's status at the period and at the one before (empty without a previous period). */
    private record Statuses(Map<String, PublishedStatus> now, Map<String, PublishedStatus> before) {}

    /** The re-baselinings made up to the edition, and those made since the previous period's publication. */
    private record Rebaselinings(List<RebaseliningLine> all, List<RebaseliningLine> since) {}

    private Map<String, ObjectiveDetails> details(List<ObjectiveSummary> objectives) {
        Map<String, ObjectiveDetails> details = new LinkedHashMap<>();
        for (ObjectiveSummary objective : objectives) {
            roadmap.objective(ObjectiveCode.parse(objective.code())).ifPresent(d -> details.put(objective.code(), d));
        }
        return details;
    }

    private Statuses statuses(
            List<ObjectiveSummary> objectives, PeriodSummary period, @Nullable PeriodSummary previous) {
        Map<Long, ObjectiveStatusHistory> histories = progress.publishedStatusHistories();
        Map<String, PublishedStatus> now = new LinkedHashMap<>();
        Map<String, PublishedStatus> before = new LinkedHashMap<>();
        for (ObjectiveSummary objective : objectives) {
            ObjectiveStatusHistory history = histories.get(objective.id());
            BilanStatuses.at(history, period.code()).ifPresent(s -> now.put(objective.code(), s));
            if (previous != null) {
                BilanStatuses.at(history, previous.code()).ifPresent(s -> before.put(objective.code(), s));
            }
        }
        return new Statuses(now, before);
    }

    /** Every objective's part, in the roadmap's order; the period's new figures are added to {@code figures}. */
    private List<ObjectivePart> objectiveParts(
            List<ObjectiveSummary> objectives,
            Map<String, ObjectiveDetails> details,
            Map<String, PublishedStatus> now,
            PeriodSummary period,
            List<Figure> figures) {
        List<Long> indicatorIds = details.values().stream()
                .flatMap(d -> d.indicators().stream())
                .map(IndicatorDetails::id)
                .toList();
        Map<Long, List<MeasurementValue>> measurements = progress.publishedMeasurements(indicatorIds);
        List<ObjectivePart> parts = new ArrayList<>();
        for (ObjectiveSummary objective : objectives) {
            PublishedStatus status = now.get(objective.code());
            ObjectiveDetails detail = details.get(objective.code());
            List<IndicatorPart> indicators = new ArrayList<>();
            for (IndicatorDetails indicator : detail == null ? List.<IndicatorDetails>of() : detail.indicators()) {
                List<MeasurementValue> values = measurements.getOrDefault(indicator.id(), List.of()).stream()
                        .filter(m -> !m.date().isAfter(period.endsOn()))
                        .sorted(Comparator.comparing(MeasurementValue::date))
                        .toList();
                indicators.add(indicatorParts.part(objective, indicator, values, period, figures));
            }
            parts.add(new ObjectivePart(
                    objective.code(),
                    objective.title(),
                    objective.target(),
                    FrenchFormat.deadline(objective.deadline()),
                    owners(objective),
                    status == null ? null : status.status(),
                    status == null ? "" : periodLabel(status.period()),
                    status != null && status.period().equals(period.code()),
                    narrative(objective, status),
                    indicators,
                    status != null && status.basis() == StatusBasis.INFERRED));
        }
        return parts;
    }

    /** The narrative of the report the status comes from, as safe HTML; empty without a status. */
    private String narrative(ObjectiveSummary objective, @Nullable PublishedStatus status) {
        if (status == null) {
            return "";
        }
        return progress.publishedReports(objective.id()).stream()
                .filter(r -> r.period().equals(status.period()))
                .findFirst()
                .map(PublishedReport::narrative)
                .map(MarkdownText::toSafeHtml)
                .orElse("");
    }

    /** Each axis's counts and bar; each priority's objectives are added to {@code priorities}. */
    private List<AxisCounts> axes(Map<String, ObjectivePart> byCode, List<PriorityPart> priorities) {
        List<AxisCounts> axes = new ArrayList<>();
        for (AxisSummary axis : roadmap.axes()) {
            List<ObjectivePart> ofAxis = new ArrayList<>();
            for (AxisSummary.PrioritySummary priority : axis.priorities()) {
                List<ObjectivePart> ofPriority = priority.objectiveCodes().stream()
                        .map(byCode::get)
                        .filter(java.util.Objects::nonNull)
                        .toList();
                ofAxis.addAll(ofPriority);
                priorities.add(new PriorityPart(axis.number(), priority.number(), priority.title(), ofPriority));
            }
            List<StatusCount> counts = BilanStatuses.counts(ofAxis);
            axes.add(new AxisCounts(
                    axis.number(),
                    axis.name(),
                    counts,
                    ofAxis.size(),
                    BilanCharts.statusBar(counts, message("bilan.chart.axis", axis.number(), summary(counts)))));
        }
        return axes;
    }

    private static List<ObjectiveRef> notUpdated(List<ObjectivePart> parts) {
        return parts.stream()
                .filter(p -> !p.updated())
                .map(p -> new ObjectiveRef(p.code(), p.title()))
                .toList();
    }

    /**
     * The objectives not updated, by organisation: every owner answers for the update (the documents
     * designate no pilot), so an objective is listed under each.
     */
    private static List<OrganisationLag> lags(List<ObjectiveSummary> objectives, Map<String, ObjectivePart> byCode) {
        Map<String, List<ObjectiveRef>> lagging = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (ObjectiveSummary objective : objectives) {
            ObjectivePart part = byCode.get(objective.code());
            if (part != null && !part.updated()) {
                for (ObjectiveSummary.OwnerRef owner : objective.owners()) {
                    names.put(owner.acronym(), owner.name());
                    lagging.computeIfAbsent(owner.acronym(), k -> new ArrayList<>())
                            .add(new ObjectiveRef(objective.code(), objective.title()));
                }
            }
        }
        return lagging.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(String.CASE_INSENSITIVE_ORDER))
                .map(e -> new OrganisationLag(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .toList();
    }

    /** The objectives updated this period whose status changed since the previous period. */
    private static List<Move> moves(List<ObjectiveSummary> objectives, Statuses statuses, PeriodSummary period) {
        List<Move> moves = new ArrayList<>();
        for (ObjectiveSummary objective : objectives) {
            PublishedStatus to = updatedNow(statuses, objective, period);
            PublishedStatus from = statuses.before().get(objective.code());
            if (to != null && from != null && from.status() != to.status()) {
                moves.add(new Move(new ObjectiveRef(objective.code(), objective.title()), from.status(), to.status()));
            }
        }
        return moves;
    }

    /** The objectives updated this period that became achieved since the previous period. */
    private static List<ObjectiveRef> achieved(
            List<ObjectiveSummary> objectives, Statuses statuses, PeriodSummary period) {
        List<ObjectiveRef> achieved = new ArrayList<>();
        for (ObjectiveSummary objective : objectives) {
            PublishedStatus to = updatedNow(statuses, objective, period);
            PublishedStatus from = statuses.before().get(objective.code());
            if (to != null
                    && to.status() == ProgressStatus.ACHIEVED
                    && (from == null || from.status() != ProgressStatus.ACHIEVED)) {
                achieved.add(new ObjectiveRef(objective.code(), objective.title()));
            }
        }
        return achieved;
    }

    /** The objective's status if it comes from this period's report, else null. */
    private static @Nullable PublishedStatus updatedNow(
            Statuses statuses, ObjectiveSummary objective, PeriodSummary period) {
        PublishedStatus to = statuses.now().get(objective.code());
        return to != null && to.period().equals(period.code()) ? to : null;
    }

    private Rebaselinings rebaselinings(
            List<ObjectiveSummary> objectives,
            Map<String, ObjectiveDetails> details,
            Instant asOf,
            @Nullable Instant since) {
        List<RebaseliningLine> all = new ArrayList<>();
        List<RebaseliningLine> recent = new ArrayList<>();
        for (ObjectiveSummary objective : objectives) {
            ObjectiveDetails detail = details.get(objective.code());
            if (detail == null) {
                continue;
            }
            for (ObjectiveDetails.Rebaselining change : detail.rebaselinings()) {
                if (change.changedAt().isAfter(asOf)) {
                    continue;
                }
                RebaseliningLine line = new RebaseliningLine(
                        new ObjectiveRef(objective.code(), objective.title()),
                        FrenchFormat.date(change.changedAt()),
                        change.reason(),
                        change.previousTarget(),
                        FrenchFormat.deadline(change.previousDeadline()),
                        change.newTarget(),
                        FrenchFormat.deadline(change.newDeadline()));
                all.add(line);
                if (since == null || change.changedAt().isAfter(since)) {
                    recent.add(line);
                }
            }
        }
        return new Rebaselinings(all, recent);
    }

    private String synthesis(PeriodSummary period, Instant asOf) {
        return progress.synthesisUpTo(period.code(), asOf)
                .map(MarkdownText::toSafeHtml)
                .orElse("");
    }

    private List<String> owners(ObjectiveSummary objective) {
        return objective.owners().stream()
                .map(owner -> message(
                        objective.pilotedBy(owner.acronym()) ? "bilan.owner.pilot" : "bilan.owner",
                        owner.acronym(),
                        owner.name()))
                .toList();
    }

    private String summary(List<StatusCount> counts) {
        return String.join(
                ", ",
                counts.stream()
                        .map(c -> message("bilan.count", message(c.status().messageKey()), c.count()))
                        .toList());
    }

    /**
     * "le 4 juin 2025" (with the time when {@code withTime}), or "en décembre 2024" when the instant is
     * the first publication of a period whose source gives only the month.
     */
    String publishedOn(Instant instant, List<PeriodSummary> periods, boolean withTime) {
        boolean monthOnly = periods.stream()
                .anyMatch(p -> instant.equals(p.publishedAt()) && p.publishedPrecision() == DatePrecision.MONTH);
        if (monthOnly) {
            return FigureWords.publishedOn(messages, instant, DatePrecision.MONTH);
        }
        boolean midnight = instant.atZone(FrenchFormat.PARIS).toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
        return message(
                "published.on.DAY",
                withTime && !midnight ? FrenchFormat.dateTime(instant) : FrenchFormat.date(instant));
    }

    String periodLabel(String code) {
        Semester semester = Semester.parse(code);
        return message(semester.labelKey(), semester.year());
    }

    String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, FrenchFormat.FRENCH);
    }
}
