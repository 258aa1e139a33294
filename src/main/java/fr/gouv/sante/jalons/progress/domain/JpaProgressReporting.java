package fr.gouv.sante.jalons.progress.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.AccountDirectory;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.progress.NewMeasurement;
import fr.gouv.sante.jalons.progress.ProgressQueries;
import fr.gouv.sante.jalons.progress.ProgressReporting;
import fr.gouv.sante.jalons.progress.PublishedReport;
import fr.gouv.sante.jalons.progress.ReportCommand;
import fr.gouv.sante.jalons.progress.ReportConflict;
import fr.gouv.sante.jalons.progress.ReportEditor;
import fr.gouv.sante.jalons.progress.ReportRejected;
import fr.gouv.sante.jalons.progress.ReportState;
import fr.gouv.sante.jalons.progress.Workspace;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails.IndicatorDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.StaleVersion;
import fr.gouv.sante.jalons.shared.TextRules;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Editors' side of the campaign. Saving runs in a transaction of its own, so that a lost race
 * (another save committed first) is caught after the rollback and shown as a conflict, never a 500.
 */
@Service
class JpaProgressReporting implements ProgressReporting {

    private static final BigDecimal MAX_VALUE = new BigDecimal("9999999999999999");

    private final CampaignSupport campaign;
    private final RoadmapQueries roadmap;
    private final ProgressQueries published;
    private final ProgressReportRepository reports;
    private final MeasurementRepository measurements;
    private final AccessPolicy policy;
    private final AccountDirectory accounts;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    JpaProgressReporting(
            CampaignSupport campaign,
            RoadmapQueries roadmap,
            ProgressQueries published,
            ProgressReportRepository reports,
            MeasurementRepository measurements,
            AccessPolicy policy,
            AccountDirectory accounts,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.campaign = campaign;
        this.roadmap = roadmap;
        this.published = published;
        this.reports = reports;
        this.measurements = measurements;
        this.policy = policy;
        this.accounts = accounts;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    @Override
    public Workspace workspace(CurrentUser user) {
        return reading.execute(tx -> {
            Optional<ReportingPeriod> period = campaign.openPeriod();
            Map<Long, ProgressReport> byObjective = period.map(reports::findByPeriod).orElse(List.of()).stream()
                    .collect(Collectors.toMap(ProgressReport::getObjectiveId, Function.identity()));
            List<Workspace.Item> items = roadmap.objectives().stream()
                    .filter(objective -> policy.canReadDrafts(user, objective.ownerAcronyms()))
                    .map(objective -> {
                        ProgressReport report = byObjective.get(objective.id());
                        ReportState state = report == null ? ReportState.TODO : report.getState();
                        return new Workspace.Item(
                                objective.code(),
                                objective.title(),
                                objective.ownerAcronyms(),
                                state,
                                report == null ? null : report.getUpdatedAt(),
                                period.isPresent()
                                        && state.editable()
                                        && policy.canEditReport(user, objective.ownerAcronyms()),
                                report == null ? null : report.getVersion());
                    })
                    .toList();
            return new Workspace(
                    CampaignSupport.summary(period.orElse(null)),
                    period.map(ReportingPeriod::getDueOn).orElse(null),
                    items);
        });
    }

    @Override
    public ReportEditor editor(CurrentUser user, ObjectiveCode code) {
        return reading.execute(tx -> {
            ObjectiveDetails objective = campaign.objective(code);
            policy.requireReadDrafts(user, objective.summary().ownerAcronyms());
            return editorOf(user, objective, campaign.openPeriod().orElse(null));
        });
    }

    @Override
    public ReportEditor save(CurrentUser user, ObjectiveCode code, ReportCommand command, boolean submit) {
        try {
            writing.executeWithoutResult(tx -> doSave(user, code, command, submit));
        } catch (StaleVersion | OptimisticLockingFailureException e) {
            throw new ReportConflict(editor(user, code));
        } catch (DataIntegrityViolationException e) {
            // two first saves of the same report at once: the database let only one through
            if (String.valueOf(e.getMostSpecificCause().getMessage()).contains("uq_progress_report_objective_period")) {
                throw new ReportConflict(editor(user, code));
            }
            throw e;
        }
        return editor(user, code);
    }

    @Override
    public void withdraw(CurrentUser user, ObjectiveCode code, long version) {
        try {
            writing.executeWithoutResult(tx -> {
                ObjectiveDetails objective = campaign.objective(code);
                ObjectiveSummary summary = objective.summary();
                policy.requireEditReport(user, summary.ownerAcronyms());
                ReportingPeriod period = campaign.openPeriod()
                        .orElseThrow(() -> new ReportRejected(Map.of("period", "report.period.none")));
                ProgressReport report = reports.findByObjectiveIdAndPeriod(summary.id(), period)
                        .orElseThrow(() -> new ReportRejected(Map.of("state", "report.withdraw.not-submitted")));
                StaleVersion.check(version, report.getVersion());
                if (report.getState() != ReportState.SUBMITTED) {
                    throw new ReportRejected(Map.of("state", "report.withdraw.not-submitted"));
                }
                Map<String, Object> before = report.snapshot();
                report.withdraw(user.id(), clock.instant());
                report = reports.saveAndFlush(report);
                campaign.audit(
                        user, "PROGRESS_REPORT", report.getId(), summary.id(), "WITHDRAWN", before, report.snapshot());
            });
        } catch (StaleVersion | OptimisticLockingFailureException e) {
            throw new ReportConflict(editor(user, code));
        }
    }

    @Override
    public Map<String, String> refusals(CurrentUser user, ObjectiveCode code, ReportCommand command) {
        return reading.execute(tx -> {
            ObjectiveDetails objective = campaign.objective(code);
            policy.requireEditReport(user, objective.summary().ownerAcronyms());
            ReportingPeriod period = campaign.openPeriod().orElse(null);
            if (period == null) {
                return Map.of("period", "report.period.none");
            }
            Long reportId = reports.findByObjectiveIdAndPeriod(
                            objective.summary().id(), period)
                    .map(ProgressReport::getId)
                    .orElse(null);
            return validate(command, objective, period, reportId);
        });
    }

    private void doSave(CurrentUser user, ObjectiveCode code, ReportCommand command, boolean submit) {
        ObjectiveDetails objective = campaign.objective(code);
        ObjectiveSummary summary = objective.summary();
        policy.requireEditReport(user, summary.ownerAcronyms());
        ReportingPeriod period =
                campaign.openPeriod().orElseThrow(() -> new ReportRejected(Map.of("period", "report.period.none")));
        Optional<ProgressReport> existing = reports.findByObjectiveIdAndPeriod(summary.id(), period);
        if (existing.isPresent()) {
            StaleVersion.check(command.version(), existing.get().getVersion());
        } else if (command.version() != null) {
            // the report the form was opened on is gone (a campaign reopened): stale as well
            throw new StaleVersion();
        }
        Map<String, String> errors = validate(
                command, objective, period, existing.map(ProgressReport::getId).orElse(null));
        if (!errors.isEmpty()) {
            throw new ReportRejected(errors);
        }
        Instant now = clock.instant();
        ProgressReport report;
        Map<String, Object> before = null;
        if (existing.isPresent()) {
            report = existing.get();
            if (!report.getState().editable()) {
                throw new ReportRejected(Map.of("state", "report.state.locked"));
            }
            before = report.snapshot();
            report.edit(command.status(), TextRules.normalise(command.narrative()), user.id(), now);
        } else {
            report = new ProgressReport(
                    summary.id(), period, command.status(), TextRules.normalise(command.narrative()), user.id(), now);
        }
        if (submit) {
            report.submit(user.id(), now);
        }
        // the report first: a concurrent save loses here, before any measurement is touched
        report = reports.saveAndFlush(report);
        campaign.audit(
                user,
                "PROGRESS_REPORT",
                report.getId(),
                summary.id(),
                existing.isPresent()
                        ? (submit ? "SAVED_AND_SUBMITTED" : "SAVED")
                        : (submit ? "CREATED_AND_SUBMITTED" : "CREATED"),
                before,
                report.snapshot());
        applyMeasurements(user, summary.id(), report, period, command);
    }

    /**
     * Applies the entered measurements to the report's drafts without ever deleting one that this
     * person did not remove explicitly, by id: a draft saved by someone else and absent from the form
     * (an older form, a merge) is kept. A row without id edits the draft already held for its
     * indicator, if any, so that a report keeps one draft measurement per indicator.
     */
    private void applyMeasurements(
            CurrentUser user, long objectiveId, ProgressReport report, ReportingPeriod period, ReportCommand command) {
        Map<Long, Measurement> drafts = measurements.findByReportIdAndPublishedAtIsNull(report.getId()).stream()
                .collect(Collectors.toMap(Measurement::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        for (Long id : command.removed()) {
            Measurement draft = drafts.remove(id);
            if (draft != null) {
                campaign.audit(user, "MEASUREMENT", draft.getId(), objectiveId, "DELETED", draft.snapshot(), null);
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
                        entered.date(),
                        entered.value(),
                        source(period, user)));
                campaign.audit(user, "MEASUREMENT", saved.getId(), objectiveId, "CREATED", null, saved.snapshot());
            } else if (draft.getValue().compareTo(entered.value()) != 0
                    || !draft.getMeasuredOn().equals(entered.date())) {
                Map<String, Object> before = draft.snapshot();
                draft.revise(entered.value(), entered.date());
                measurements.saveAndFlush(draft);
                campaign.audit(user, "MEASUREMENT", draft.getId(), objectiveId, "UPDATED", before, draft.snapshot());
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

    private Map<String, String> validate(
            ReportCommand command, ObjectiveDetails objective, ReportingPeriod period, Long reportId) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (command.status() == null) {
            errors.put("status", "report.status.required");
        }
        String narrative = command.narrative();
        TextRules.check(narrative, ReportCommand.MAX_NARRATIVE_LENGTH)
                .ifPresent(problem -> errors.put("narrative", problem.key("report.narrative")));
        Set<Long> indicators =
                objective.indicators().stream().map(IndicatorDetails::id).collect(Collectors.toSet());
        Set<Long> seen = new HashSet<>();
        for (NewMeasurement measurement : command.measurements()) {
            String field = "measurement." + measurement.indicatorId();
            if (!indicators.contains(measurement.indicatorId())) {
                errors.put("measurements", "report.measurement.unknown-indicator");
                continue;
            }
            if (!seen.add(measurement.indicatorId())) {
                errors.put(field + ".value", "report.measurement.duplicate");
            }
            BigDecimal value = measurement.value();
            if (value == null) {
                errors.put(field + ".value", "report.measurement.value.required");
            } else if (value.signum() < 0) {
                errors.put(field + ".value", "report.measurement.value.negative");
            } else if (value.compareTo(MAX_VALUE) > 0) {
                errors.put(field + ".value", "report.measurement.value.too-large");
            } else if (value.stripTrailingZeros().scale() > 2) {
                errors.put(field + ".value", "report.measurement.value.decimals");
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
        return errors;
    }

    private ReportEditor editorOf(CurrentUser user, ObjectiveDetails objective, ReportingPeriod period) {
        ObjectiveSummary summary = objective.summary();
        Optional<ProgressReport> report =
                period == null ? Optional.empty() : reports.findByObjectiveIdAndPeriod(summary.id(), period);
        List<Long> indicatorIds =
                objective.indicators().stream().map(IndicatorDetails::id).toList();
        Map<Long, Measurement> lastPublished = new LinkedHashMap<>();
        measurements
                .findByIndicatorIdInAndPublishedAtIsNotNullOrderByMeasuredOnDesc(indicatorIds)
                .forEach(m -> lastPublished.putIfAbsent(m.getIndicatorId(), m));
        Map<Long, Measurement> drafts =
                report.map(r -> measurements.findByReportIdAndPublishedAtIsNull(r.getId())).orElse(List.of()).stream()
                        .collect(Collectors.toMap(Measurement::getIndicatorId, Function.identity(), (a, b) -> a));
        List<ReportEditor.IndicatorInput> inputs = objective.indicators().stream()
                .map(indicator -> {
                    Measurement last = lastPublished.get(indicator.id());
                    Measurement draft = drafts.get(indicator.id());
                    return new ReportEditor.IndicatorInput(
                            indicator.id(),
                            indicator.name(),
                            indicator.unit(),
                            last == null ? null : last.getValue(),
                            last == null ? null : last.getMeasuredOn(),
                            draft == null ? null : draft.getValue(),
                            draft == null ? null : draft.getMeasuredOn(),
                            draft == null ? null : draft.getId());
                })
                .toList();
        ReportState state = report.map(ProgressReport::getState).orElse(ReportState.TODO);
        boolean canEdit = period != null && state.editable() && policy.canEditReport(user, summary.ownerAcronyms());
        if (report.isPresent()) {
            ProgressReport saved = report.get();
            return new ReportEditor(
                    summary.code(),
                    summary.title(),
                    summary.target(),
                    summary.ownerAcronyms(),
                    CampaignSupport.summary(period),
                    state,
                    saved.getStatus(),
                    saved.getNarrative(),
                    saved.getVersion(),
                    saved.getUpdatedAt(),
                    saved.getUpdatedBy() == null
                            ? null
                            : accounts.displayNames(List.of(saved.getUpdatedBy()))
                                    .get(saved.getUpdatedBy()),
                    saved.getReviewComment(),
                    null,
                    inputs,
                    canEdit,
                    period != null
                            && state == ReportState.SUBMITTED
                            && policy.canEditReport(user, summary.ownerAcronyms()));
        }
        List<PublishedReport> history = published.publishedReports(summary.id());
        PublishedReport previous = history.isEmpty() ? null : history.get(0);
        return new ReportEditor(
                summary.code(),
                summary.title(),
                summary.target(),
                summary.ownerAcronyms(),
                CampaignSupport.summary(period),
                state,
                previous == null ? null : previous.status(),
                previous == null ? "" : previous.narrative(),
                null,
                null,
                null,
                null,
                previous == null ? null : previous.period(),
                inputs,
                canEdit,
                false);
    }
}
