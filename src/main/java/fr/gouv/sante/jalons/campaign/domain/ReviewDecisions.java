package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.BulkValidation;
import fr.gouv.sante.jalons.campaign.CampaignAudit.Action;
import fr.gouv.sante.jalons.campaign.CampaignAudit.Entity;
import fr.gouv.sante.jalons.campaign.ReportSentBack;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.StaleVersion;
import fr.gouv.sante.jalons.shared.TextRules;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The DNS's decision on a submitted report: validated (one or several at once) or sent back with a comment. */
@Component
class ReviewDecisions {

    /** A send-back comment's and a correction's reason's longest length. */
    static final int MAX_COMMENT_LENGTH = 2000;

    private final AccessPolicy policy;
    private final CampaignSupport campaign;
    private final ProgressReportRepository reports;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate writing;

    ReviewDecisions(
            AccessPolicy policy,
            CampaignSupport campaign,
            ProgressReportRepository reports,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.policy = policy;
        this.campaign = campaign;
        this.reports = reports;
        this.events = events;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
    }

    void validate(CurrentUser admin, ObjectiveCode code, long version) {
        review(admin, code, version, (report, now) -> report.validate(admin.id(), now), Action.VALIDATED);
    }

    BulkValidation validateSeveral(CurrentUser admin, Map<ObjectiveCode, Long> versions) {
        policy.requireAdmin(admin);
        List<String> validated = new ArrayList<>();
        Map<String, String> refused = new LinkedHashMap<>();
        versions.forEach((code, version) -> {
            try {
                validate(admin, code, version);
                validated.add(code.toString());
            } catch (StaleVersion e) {
                refused.put(code.toString(), "review.bulk.refused.stale");
            } catch (InputRefused e) {
                refused.put(code.toString(), "review.bulk.refused.state");
            } catch (NotFoundException e) {
                refused.put(code.toString(), "review.bulk.refused.unknown");
            }
        });
        return new BulkValidation(validated, refused);
    }

    void sendBack(CurrentUser admin, ObjectiveCode code, long version, String comment) {
        policy.requireAdmin(admin);
        String text = comment == null ? "" : TextRules.normalise(comment);
        TextRules.check(text, MAX_COMMENT_LENGTH).ifPresent(problem -> {
            throw new InputRefused(Map.of(
                    "comment",
                    problem == TextRules.Problem.MISSING ? "review.comment.required" : "review.comment.invalid"));
        });
        ObjectiveSummary objective = campaign.objective(code).summary();
        review(
                admin,
                code,
                version,
                (report, now) -> {
                    report.sendBack(text, admin.id(), now);
                    // in the transaction: the mail to the editor is queued with the change or not at all
                    events.publishEvent(new ReportSentBack(
                            objective.code(),
                            objective.title(),
                            report.getPeriod().getCode(),
                            text,
                            report.getSubmittedBy()));
                },
                Action.SENT_BACK);
    }

    private void review(CurrentUser admin, ObjectiveCode code, long version, Transition transition, Action action) {
        policy.requireAdmin(admin);
        try {
            writing.executeWithoutResult(tx -> {
                ObjectiveSummary objective = campaign.objective(code).summary();
                ReportingPeriod period = campaign.openPeriod()
                        .orElseThrow(() -> new InputRefused(Map.of("period", "report.period.none")));
                ProgressReport report = reports.findByObjectiveIdAndPeriod(objective.id(), period)
                        .orElseThrow(() -> new InputRefused(Map.of("state", "review.nothing")));
                StaleVersion.check(version, report.getVersion());
                Map<String, Object> before = report.snapshot();
                try {
                    transition.apply(report, clock.instant());
                } catch (IllegalReportTransition e) {
                    throw new InputRefused(Map.of("state", "review.state"));
                }
                reports.saveAndFlush(report);
                campaign.audit(
                        admin,
                        Entity.PROGRESS_REPORT,
                        report.getId(),
                        objective.id(),
                        action,
                        before,
                        report.snapshot());
            });
        } catch (StaleVersion | OptimisticLockingFailureException e) {
            throw campaign.staleReport(code, null);
        }
    }

    @FunctionalInterface
    private interface Transition {
        void apply(ProgressReport report, Instant now);
    }
}
