package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.CampaignAudit.Action;
import fr.gouv.sante.jalons.campaign.CampaignAudit.Entity;
import fr.gouv.sante.jalons.campaign.StatusConfirmation;
import fr.gouv.sante.jalons.campaign.StatusConfirmation.Decision;
import fr.gouv.sante.jalons.publication.PublicRecord;
import fr.gouv.sante.jalons.publication.PublishedReportCorrected;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.StatusBasis;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A confirmed or changed status is published as a new revision whose reason says what the DNS
 * decided, so that the public history, the audit trail and the edition's corrections all show it.
 */
@Service
class StatusDecisions implements StatusConfirmation {

    private final AccessPolicy policy;
    private final CampaignSupport campaign;
    private final ProgressReportRepository reports;
    private final PublicRecord record;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    StatusDecisions(
            AccessPolicy policy,
            CampaignSupport campaign,
            ProgressReportRepository reports,
            PublicRecord record,
            ApplicationEventPublisher events,
            MessageSource messages,
            Clock clock) {
        this.policy = policy;
        this.campaign = campaign;
        this.reports = reports;
        this.record = record;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int decide(CurrentUser admin, List<Decision> decisions) {
        policy.requireAdmin(admin);
        Instant now = clock.instant();
        int decided = 0;
        for (Decision decision : decisions) {
            ProgressReport report = campaign.report(decision.code(), decision.period())
                    .orElseThrow(() -> rejected("confirmation.status.unknown", decision));
            PublicRecord.PublicRevision current = record.latest(report.getId())
                    .filter(revision -> revision.basis() == StatusBasis.INFERRED)
                    .orElseThrow(() -> rejected("confirmation.status.stale", decision));
            if (report.getVersion() != decision.version()) {
                throw rejected("confirmation.status.stale", decision);
            }
            boolean confirmed = decision.status() == current.status();
            String reason = confirmed
                    ? message("confirmation.reason.confirmed", label(current))
                    : message("confirmation.reason.changed", label(decision), label(current));
            Map<String, Object> before = report.snapshot();
            before.put("statusBasis", StatusBasis.INFERRED.name());
            report.correct(decision.status(), report.reviewedNarrative(), admin.id(), now);
            reports.saveAndFlush(report);
            int revision = record.revise(new PublicRecord.Revision(
                    report.getId(),
                    report.reviewedStatus(),
                    report.reviewedNarrative(),
                    reason,
                    admin.id(),
                    now,
                    StatusBasis.DOCUMENTED));
            Map<String, Object> after = new LinkedHashMap<>(report.snapshot());
            after.put("statusBasis", StatusBasis.DOCUMENTED.name());
            after.put("revision", revision);
            after.put("reason", reason);
            campaign.audit(
                    admin,
                    Entity.PROGRESS_REPORT,
                    report.getId(),
                    report.getObjectiveId(),
                    confirmed ? Action.STATUS_CONFIRMED : Action.STATUS_CHANGED,
                    before,
                    after);
            events.publishEvent(new PublishedReportCorrected(decision.code().toString(), decision.period()));
            decided++;
        }
        return decided;
    }

    private static InputRefused rejected(String key, Decision decision) {
        return new InputRefused(Map.of("status-" + decision.code(), key));
    }

    private String label(PublicRecord.PublicRevision revision) {
        return message(revision.status().messageKey());
    }

    private String label(Decision decision) {
        return message(decision.status().messageKey());
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, FrenchFormat.FRENCH);
    }
}
