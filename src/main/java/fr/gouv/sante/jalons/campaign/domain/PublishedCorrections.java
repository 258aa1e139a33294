package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.CampaignAudit.Action;
import fr.gouv.sante.jalons.campaign.CampaignAudit.Entity;
import fr.gouv.sante.jalons.campaign.CorrectionFormView;
import fr.gouv.sante.jalons.campaign.ReportCommand;
import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.publication.PublicRecord;
import fr.gouv.sante.jalons.publication.PublishedReportCorrected;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.shared.StaleVersion;
import fr.gouv.sante.jalons.shared.StatusBasis;
import fr.gouv.sante.jalons.shared.TextRules;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Correcting a published report: a new published revision with its reason, never a silent edit. */
@Service
class PublishedCorrections {

    private final CampaignSupport campaign;
    private final ProgressReportRepository reports;
    private final PublicRecord record;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate writing;

    PublishedCorrections(
            CampaignSupport campaign,
            ProgressReportRepository reports,
            PublicRecord record,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.campaign = campaign;
        this.reports = reports;
        this.record = record;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
    }

    CorrectionFormView editor(CurrentUser admin, ObjectiveCode code, String periodCode) {
        policy.requireAdmin(admin);
        return writing.execute(tx -> {
            ObjectiveSummary objective = campaign.objective(code).summary();
            ProgressReport report = publishedReport(objective, periodCode);
            return new CorrectionFormView(
                    objective.code(),
                    objective.title(),
                    report.getPeriod().getCode(),
                    report.reviewedStatus(),
                    report.reviewedNarrative(),
                    report.getVersion(),
                    record.latest(report.getId())
                            .map(PublicRecord.PublicRevision::revision)
                            .orElse(0));
        });
    }

    private ProgressReport publishedReport(ObjectiveSummary objective, String periodCode) {
        return campaign.report(ObjectiveCode.parse(objective.code()), periodCode == null ? "" : periodCode)
                .filter(report -> report.getState() == ReportState.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("published-report", objective.code() + "/" + periodCode));
    }

    void correct(
            CurrentUser admin,
            ObjectiveCode code,
            String periodCode,
            @Nullable ProgressStatus status,
            @Nullable String typedNarrative,
            @Nullable String typedReason,
            long version) {
        policy.requireAdmin(admin);
        String narrative = TextRules.normaliseLineBreaks(typedNarrative);
        String reason = TextRules.normaliseLineBreaks(typedReason);
        Map<String, String> errors = new LinkedHashMap<>();
        if (status == null) {
            errors.put("status", "report.status.required");
        }
        TextRules.check(narrative, ReportCommand.MAX_NARRATIVE_LENGTH)
                .ifPresent(problem -> errors.put("narrative", problem.key("report.narrative")));
        TextRules.check(reason, ReviewDecisions.MAX_COMMENT_LENGTH)
                .ifPresent(problem -> errors.put(
                        "reason",
                        problem == TextRules.Problem.MISSING
                                ? "correction.reason.required"
                                : "review.comment.invalid"));
        // the checks above refuse a missing status, narrative or reason
        if (!errors.isEmpty() || status == null || narrative == null || reason == null) {
            throw new InputRefused(errors);
        }
        ProgressStatus newStatus = status;
        String newNarrative = TextRules.normalise(narrative);
        String newReason = TextRules.normalise(reason);
        try {
            writing.executeWithoutResult(tx -> {
                ObjectiveSummary objective = campaign.objective(code).summary();
                ProgressReport report = publishedReport(objective, periodCode);
                StaleVersion.check(version, report.getVersion());
                Map<String, Object> before = report.snapshot();
                Instant now = clock.instant();
                // a status the DNS leaves unchanged keeps its basis: fixing a narrative confirms nothing
                StatusBasis basis = record.latest(report.getId())
                        .filter(previous -> previous.status() == newStatus)
                        .map(PublicRecord.PublicRevision::basis)
                        .orElse(StatusBasis.DOCUMENTED);
                report.correct(newStatus, newNarrative, admin.id(), now);
                reports.saveAndFlush(report);
                int revision = record.revise(new PublicRecord.Revision(
                        report.getId(), newStatus, newNarrative, newReason, admin.id(), now, basis));
                Map<String, Object> after = new LinkedHashMap<>(report.snapshot());
                after.put("revision", revision);
                after.put("reason", newReason);
                campaign.audit(
                        admin, Entity.PROGRESS_REPORT, report.getId(), objective.id(), Action.CORRECTED, before, after);
                events.publishEvent(new PublishedReportCorrected(
                        code.toString(), report.getPeriod().getCode()));
            });
        } catch (StaleVersion | OptimisticLockingFailureException e) {
            throw campaign.staleReport(code, periodCode);
        }
    }
}
