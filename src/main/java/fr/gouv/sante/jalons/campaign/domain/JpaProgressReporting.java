package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.ProgressReporting;
import fr.gouv.sante.jalons.campaign.ReportCommand;
import fr.gouv.sante.jalons.campaign.ReportConflict;
import fr.gouv.sante.jalons.campaign.ReportEditor;
import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.campaign.ReportingRule;
import fr.gouv.sante.jalons.campaign.ReportingRules;
import fr.gouv.sante.jalons.campaign.Workspace;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.StaleVersion;
import fr.gouv.sante.jalons.shared.TextRules;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private final CampaignSupport campaign;
    private final DraftMeasurements drafts;
    private final ReportEditors editors;
    private final RoadmapQueries roadmap;
    private final ProgressReportRepository reports;
    private final AccessPolicy policy;
    private final ReportingRules rules;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    JpaProgressReporting(
            CampaignSupport campaign,
            DraftMeasurements drafts,
            ReportEditors editors,
            RoadmapQueries roadmap,
            ProgressReportRepository reports,
            AccessPolicy policy,
            ReportingRules rules,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.rules = rules;
        this.campaign = campaign;
        this.drafts = drafts;
        this.editors = editors;
        this.roadmap = roadmap;
        this.reports = reports;
        this.policy = policy;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    @Override
    public Workspace workspace(CurrentUser user) {
        return reading.execute(tx -> {
            Optional<ReportingPeriod> period = campaign.openPeriod();
            ReportingRule rule = rules.current();
            String acronym = user == null ? null : user.organisationAcronym();
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
                                objective.pilot(),
                                state,
                                report == null ? null : report.getUpdatedAt(),
                                period.isPresent()
                                        && state.editable()
                                        && policy.canEditReport(user, objective.ownerAcronyms()),
                                report == null ? null : report.getVersion(),
                                acronym == null
                                        || rule.mustReport(acronym, objective.ownerAcronyms(), objective.pilot()));
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
            return editors.of(user, objective, campaign.openPeriod().orElse(null));
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
                        .orElseThrow(() -> new InputRefused(Map.of("period", "report.period.none")));
                ProgressReport report = reports.findByObjectiveIdAndPeriod(summary.id(), period)
                        .orElseThrow(() -> new InputRefused(Map.of("state", "report.withdraw.not-submitted")));
                StaleVersion.check(version, report.getVersion());
                if (report.getState() != ReportState.SUBMITTED) {
                    throw new InputRefused(Map.of("state", "report.withdraw.not-submitted"));
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
    public Map<String, String> refusals(CurrentUser user, ObjectiveCode code, ReportCommand command, boolean submit) {
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
            return validate(command, objective, period, reportId, submit);
        });
    }

    private void doSave(CurrentUser user, ObjectiveCode code, ReportCommand command, boolean submit) {
        ObjectiveDetails objective = campaign.objective(code);
        ObjectiveSummary summary = objective.summary();
        policy.requireEditReport(user, summary.ownerAcronyms());
        ReportingPeriod period =
                campaign.openPeriod().orElseThrow(() -> new InputRefused(Map.of("period", "report.period.none")));
        Optional<ProgressReport> existing = reports.findByObjectiveIdAndPeriod(summary.id(), period);
        if (existing.isPresent()) {
            StaleVersion.check(command.version(), existing.get().getVersion());
        } else if (command.version() != null) {
            // the report the form was opened on is gone (a campaign reopened): stale as well
            throw new StaleVersion();
        }
        Map<String, String> errors = validate(
                command, objective, period, existing.map(ProgressReport::getId).orElse(null), submit);
        if (!errors.isEmpty()) {
            throw new InputRefused(errors);
        }
        Instant now = clock.instant();
        ProgressReport report;
        Map<String, Object> before = null;
        if (existing.isPresent()) {
            report = existing.get();
            if (!report.getState().editable()) {
                throw new InputRefused(Map.of("state", "report.state.locked"));
            }
            before = report.snapshot();
            report.edit(command.status(), narrative(command), user.id(), now);
        } else {
            report = new ProgressReport(summary.id(), period, command.status(), narrative(command), user.id(), now);
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
        drafts.apply(user, summary.id(), report, period, command);
    }

    /** A draft saved before any narrative is written holds an empty one. */
    private static String narrative(ReportCommand command) {
        String narrative = TextRules.normalise(command.narrative());
        return narrative == null ? "" : narrative;
    }

    private Map<String, String> validate(
            ReportCommand command, ObjectiveDetails objective, ReportingPeriod period, Long reportId, boolean submit) {
        Map<String, String> errors = new LinkedHashMap<>();
        // a draft is work in progress: only a submission needs a status and a narrative
        if (command.status() == null && submit) {
            errors.put("status", "report.status.required");
        }
        String narrative = command.narrative();
        TextRules.check(narrative, ReportCommand.MAX_NARRATIVE_LENGTH)
                .filter(problem -> submit || problem != TextRules.Problem.MISSING)
                .ifPresent(problem -> errors.put("narrative", problem.key("report.narrative")));
        boolean nothing = command.status() == null
                && (narrative == null || narrative.isBlank())
                && command.measurements().isEmpty()
                && command.removed().isEmpty();
        if (nothing && reportId == null && !submit) {
            // an empty draft would only mark the objective as started
            errors.put("narrative", "report.draft.empty");
        }
        drafts.check(command, objective, period, reportId, errors);
        return errors;
    }
}
