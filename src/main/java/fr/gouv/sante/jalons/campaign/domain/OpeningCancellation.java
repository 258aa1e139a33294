package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.CampaignAudit.Action;
import fr.gouv.sante.jalons.campaign.CampaignAudit.Entity;
import fr.gouv.sante.jalons.campaign.CampaignOpeningCancelled;
import fr.gouv.sante.jalons.campaign.CancellableOpening;
import fr.gouv.sante.jalons.shared.InputRefused;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Taking back an opening nobody has started to report on: the new period goes, the previous one reopens. */
@Component
class OpeningCancellation {

    private final AccessPolicy policy;
    private final CampaignSupport campaign;
    private final ReportingPeriodRepository periods;
    private final ProgressReportRepository reports;
    private final MeasurementRepository measurements;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    OpeningCancellation(
            AccessPolicy policy,
            CampaignSupport campaign,
            ReportingPeriodRepository periods,
            ProgressReportRepository reports,
            MeasurementRepository measurements,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.policy = policy;
        this.campaign = campaign;
        this.periods = periods;
        this.reports = reports;
        this.measurements = measurements;
        this.events = events;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    Optional<CancellableOpening> cancellableOpening(CurrentUser admin) {
        policy.requireAdmin(admin);
        return reading.execute(tx -> campaign.openPeriod()
                .filter(period -> period.getState() == ReportingPeriod.State.OPEN)
                .filter(period -> !reports.existsByPeriod(period) && !measurements.existsByPeriod(period))
                .map(period -> new CancellableOpening(
                        period.getCode(),
                        period.getClosedPreviousId() == null
                                ? null
                                : periods.findById(period.getClosedPreviousId())
                                        .map(ReportingPeriod::getCode)
                                        .orElse(null),
                        period.getVersion())));
    }

    void cancelOpening(CurrentUser admin, long periodVersion) {
        policy.requireAdmin(admin);
        try {
            writing.executeWithoutResult(tx -> {
                ReportingPeriod period = campaign.openPeriod()
                        .filter(open -> open.getState() == ReportingPeriod.State.OPEN)
                        .orElseThrow(() -> new InputRefused(Map.of("period", "campaign.cancel.none")));
                if (period.getVersion() != periodVersion) {
                    throw new InputRefused(Map.of("period", "campaign.period.stale"));
                }
                if (reports.existsByPeriod(period) || measurements.existsByPeriod(period)) {
                    throw new InputRefused(Map.of("period", "campaign.cancel.started"));
                }
                Optional<ReportingPeriod> previous = period.getClosedPreviousId() == null
                        ? Optional.empty()
                        : periods.findById(period.getClosedPreviousId());
                Map<String, Object> before = new LinkedHashMap<>();
                before.put("period", period.getCode());
                before.put(
                        "dueOn",
                        period.getDueOn() == null ? "" : period.getDueOn().toString());
                // the new period goes first: only one period of the roadmap may be active at a time
                periods.delete(period);
                periods.flush();
                previous.ifPresent(closed -> {
                    closed.reopen();
                    periods.saveAndFlush(closed);
                });
                String reopened = previous.map(ReportingPeriod::getCode).orElse(null);
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("reopenedPeriod", reopened == null ? "" : reopened);
                after.put(
                        "unpublishedReportsKept",
                        previous.map(campaign::unpublished).orElse(0L));
                campaign.audit(
                        admin,
                        Entity.REPORTING_PERIOD,
                        period.getCode(),
                        null,
                        Action.OPENING_CANCELLED,
                        before,
                        after);
                events.publishEvent(new CampaignOpeningCancelled(period.getCode(), reopened));
            });
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            // a report was started, or another administrator acted, at the same time
            throw new InputRefused(Map.of("period", "campaign.period.stale"));
        }
    }
}
