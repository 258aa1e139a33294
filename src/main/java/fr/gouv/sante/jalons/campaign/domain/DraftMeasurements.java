package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.CampaignAudit.Action;
import fr.gouv.sante.jalons.campaign.CampaignAudit.Entity;
import fr.gouv.sante.jalons.campaign.NewMeasurement;
import fr.gouv.sante.jalons.campaign.ReportCommand;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails.IndicatorDetails;
import fr.gouv.sante.jalons.shared.FigurePlausibility;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A report's draft measurements: their checks and how a save applies them. A measurement is never
 * deleted unless the person removed it explicitly, by id (see docs/campaign.md, "Nothing is overwritten").
 */
@Component
class DraftMeasurements {

    private final CampaignSupport campaign;
    private final MeasurementRepository measurements;

    DraftMeasurements(CampaignSupport campaign, MeasurementRepository measurements) {
        this.campaign = campaign;
        this.measurements = measurements;
    }

    /** Adds to {@code errors} what is wrong with the entered measurements, row by row (every bad row is reported). */
    void check(
            ReportCommand command,
            ObjectiveDetails objective,
            ReportingPeriod period,
            @Nullable Long reportId,
            Map<String, String> errors) {
        Map<Long, IndicatorDetails> indicators =
                objective.indicators().stream().collect(Collectors.toMap(IndicatorDetails::id, Function.identity()));
        Map<Long, Measurement> lastPublished = new LinkedHashMap<>();
        if (!command.measurements().isEmpty()) {
            measurements
                    .findByIndicatorIdInAndPublishedAtIsNotNullOrderByMeasuredOnDesc(indicators.keySet())
                    .forEach(m -> lastPublished.putIfAbsent(m.getIndicatorId(), m));
        }
        Set<Long> seen = new HashSet<>();
        for (NewMeasurement measurement : command.measurements()) {
            String field = "measurement." + measurement.indicatorId();
            IndicatorDetails indicator = indicators.get(measurement.indicatorId());
            if (indicator == null) {
                errors.put("measurements", "report.measurement.unknown-indicator");
                continue;
            }
            if (!seen.add(measurement.indicatorId())) {
                errors.put(field + ".value", "report.measurement.duplicate");
            }
            BigDecimal value = measurement.value();
            if (value == null) {
                errors.put(field + ".value", "report.measurement.value.required");
            } else {
                FigurePlausibility plausibility =
                        new FigurePlausibility(indicator.unit(), indicator.maxValue(), !indicator.decreasing());
                Optional<FigurePlausibility.Problem> refusal = plausibility.refusal(value);
                Measurement last = lastPublished.get(measurement.indicatorId());
                if (refusal.isPresent()) {
                    errors.put(field + ".value", refusal.get().encoded());
                } else if (!measurement.confirmed() && last != null) {
                    plausibility
                            .warning(value, measurement.qualifier(), last.getValue(), last.getQualifier())
                            .ifPresent(warning -> errors.put(field + ".confirmed", warning.encoded()));
                }
            }
            if (measurement.date() == null) {
                errors.put(field + ".date", "report.measurement.date.required");
            } else if (!period.contains(measurement.date())) {
                errors.put(field + ".date", "report.measurement.date.outside");
            } else if (reportId == null
                    ? measurements.existsByIndicatorIdAndMeasuredOn(measurement.indicatorId(), measurement.date())
                    : measurements.existsByIndicatorIdAndMeasuredOnAndReportIdIsNot(
                            measurement.indicatorId(), measurement.date(), reportId)) {
                errors.put(field + ".date", "report.measurement.date.taken");
            }
        }
    }

    /**
     * Applies the entered measurements to the report's drafts without ever deleting one that this
     * person did not remove explicitly, by id: a draft saved by someone else and absent from the form
     * (an older form, a merge) is kept. A row without id edits the draft already held for its
     * indicator, if any, so that a report keeps one draft measurement per indicator.
     */
    void apply(
            CurrentUser user, long objectiveId, ProgressReport report, ReportingPeriod period, ReportCommand command) {
        Map<Long, Measurement> drafts = measurements.findByReportIdAndPublishedAtIsNull(report.getId()).stream()
                .collect(Collectors.toMap(Measurement::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        for (Long id : command.removed()) {
            Measurement draft = drafts.remove(id);
            if (draft != null) {
                campaign.audit(
                        user, Entity.MEASUREMENT, draft.getId(), objectiveId, Action.DELETED, draft.snapshot(), null);
                measurements.delete(draft);
            }
        }
        // removals first: a removed measurement's date may be taken again in the same save
        measurements.flush();
        Set<Long> named = command.measurements().stream()
                .map(NewMeasurement::id)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        for (NewMeasurement entered : command.measurements()) {
            // check() refused a measurement without its value or its date before anything is applied
            BigDecimal value = Objects.requireNonNull(entered.value(), "checked: value required");
            LocalDate date = Objects.requireNonNull(entered.date(), "checked: date required");
            Measurement draft = entered.id() == null ? null : drafts.get(entered.id());
            if (draft == null || draft.getIndicatorId() != entered.indicatorId()) {
                draft = drafts.values().stream()
                        .filter(m -> m.getIndicatorId() == entered.indicatorId() && !named.contains(m.getId()))
                        .findFirst()
                        .orElse(null);
            }
            if (draft == null) {
                Measurement saved = measurements.saveAndFlush(new Measurement(
                        entered.indicatorId(),
                        period,
                        report.getId(),
                        date,
                        value,
                        source(period, user),
                        entered.qualifier(),
                        entered.datePrecision()));
                campaign.audit(
                        user, Entity.MEASUREMENT, saved.getId(), objectiveId, Action.CREATED, null, saved.snapshot());
            } else if (draft.differsFrom(value, date, entered.qualifier(), entered.datePrecision())) {
                Map<String, Object> before = draft.snapshot();
                draft.revise(value, date, entered.qualifier(), entered.datePrecision());
                measurements.saveAndFlush(draft);
                campaign.audit(
                        user, Entity.MEASUREMENT, draft.getId(), objectiveId, Action.UPDATED, before, draft.snapshot());
            }
            if (draft != null) {
                drafts.remove(draft.getId());
            }
        }
    }

    /**
     * The public source of an entered measurement names the organisation, never the person: the
     * public pages and the open data show it (the personal-data page says so).
     */
    static String source(ReportingPeriod period, CurrentUser user) {
        return "Saisi avec le bilan " + period.getCode() + " par "
                + (user.organisationAcronym() == null ? "DNS" : user.organisationAcronym());
    }
}
