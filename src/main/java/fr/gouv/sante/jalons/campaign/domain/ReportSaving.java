package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.CampaignAudit.Action;
import fr.gouv.sante.jalons.campaign.CampaignAudit.Entity;
import fr.gouv.sante.jalons.campaign.ReportCommand;
import fr.gouv.sante.jalons.campaign.ReportConflict;
import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.StaleVersion;
import fr.gouv.sante.jalons.shared.TextRules;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saving, submitting and withdrawing a report. Saving runs in a transaction of its own, so that a lost
 * race (another save committed first) is caught after the rollback and shown as a conflict, never a 500.
 */
@Component
class ReportSaving {

    private final CampaignSupport campaign;
    private final DraftMeasurements drafts;
    private final ReportFormViews editors;
    private final ProgressReportRepository reports;
    private final AccessPolicy policy;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    ReportSaving(
            CampaignSupport campaign,
            DraftMeasurements drafts,
            ReportFormViews editors,
            ProgressReportRepository reports,
            AccessPolicy policy,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.campaign = campaign;
        this.drafts = drafts;
        this.editors = editors;
        this.reports = reports;
        this.policy = policy;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    void save(CurrentUser user, ObjectiveCode code, ReportCommand command, boolean submit) {
        try {
            writing.executeWithoutResult(tx -> doSave(user, code, command, submit));
        } catch (StaleVersion | OptimisticLockingFailureException e) {
            throw new ReportConflict(editors.of(user, code));
        } catch (DataIntegrityViolationException e) {
            // two first saves of the same report at once: the database let only one through
            if (String.valueOf(e.getMostSpecificCause().getMessage()).contains("uq_progress_report_objective_period")) {
                throw new ReportConflict(editors.of(user, code));
            }
            throw e;
        }
    }

    /**
     * Saves each command as a draft, all in one transaction (the caller's, when it has one): the first
     * refusal or lost race rolls every save back. Each save is the form's own, audited the same way
     * ({@link fr.gouv.sante.jalons.campaign.ProgressReporting#saveAllAsDrafts}).
     *
     * @throws StaleVersion someone saved one of the reports since its command's version
     * @throws InputRefused one command is refused
     */
    void saveAllAsDrafts(CurrentUser user, Map<ObjectiveCode, ReportCommand> commands) {
        writing.executeWithoutResult(tx -> commands.forEach((code, command) -> doSave(user, code, command, false)));
    }

    void withdraw(CurrentUser user, ObjectiveCode code, long version) {
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
                        user,
                        Entity.PROGRESS_REPORT,
                        report.getId(),
                        summary.id(),
                        Action.WITHDRAWN,
                        before,
                        report.snapshot());
            });
        } catch (StaleVersion | OptimisticLockingFailureException e) {
            throw new ReportConflict(editors.of(user, code));
        }
    }

    Map<String, String> refusals(CurrentUser user, ObjectiveCode code, ReportCommand command, boolean submit) {
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
                Entity.PROGRESS_REPORT,
                report.getId(),
                summary.id(),
                existing.isPresent()
                        ? (submit ? Action.SAVED_AND_SUBMITTED : Action.SAVED)
                        : (submit ? Action.CREATED_AND_SUBMITTED : Action.CREATED),
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
            ReportCommand command,
            ObjectiveDetails objective,
            ReportingPeriod period,
            @Nullable Long reportId,
            boolean submit) {
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
