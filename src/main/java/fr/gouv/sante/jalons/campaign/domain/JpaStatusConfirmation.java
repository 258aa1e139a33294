package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.StatusConfirmation;
import fr.gouv.sante.jalons.publication.PublicRecord;
import fr.gouv.sante.jalons.publication.PublishedReportCorrected;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.StatusBasis;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A confirmed or changed status is published as a new revision whose reason says what the DNS
 * decided, so that the public history, the audit trail and the edition's corrections all show it.
 */
@Service
class JpaStatusConfirmation implements StatusConfirmation {

    private final CampaignSupport campaign;
    private final ReportingPeriodRepository periods;
    private final ProgressReportRepository reports;
    private final PublicRecord record;
    private final RoadmapQueries roadmap;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    JpaStatusConfirmation(
            CampaignSupport campaign,
            ReportingPeriodRepository periods,
            ProgressReportRepository reports,
            PublicRecord record,
            RoadmapQueries roadmap,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            MessageSource messages,
            Clock clock) {
        this.campaign = campaign;
        this.periods = periods;
        this.reports = reports;
        this.record = record;
        this.roadmap = roadmap;
        this.policy = policy;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<InferredStatus> inferredStatuses(CurrentUser admin) {
        policy.requireAdmin(admin);
        Map<Long, ObjectiveSummary> objectives =
                roadmap.objectives().stream().collect(Collectors.toMap(ObjectiveSummary::id, Function.identity()));
        List<InferredStatus> inferred = new ArrayList<>();
        for (ReportingPeriod period : periods.findByRoadmapIdOrderByEndsOnDesc(campaign.roadmapId())) {
            Map<Long, ProgressReport> byId = reports.findByPeriod(period).stream()
                    .filter(report -> objectives.containsKey(report.getObjectiveId()))
                    .collect(Collectors.toMap(ProgressReport::getId, Function.identity()));
            record.latestOf(byId.keySet()).stream()
                    .filter(revision -> revision.basis() == StatusBasis.INFERRED)
                    .map(revision -> {
                        ProgressReport report = byId.get(revision.reportId());
                        ObjectiveSummary objective = objectives.get(report.getObjectiveId());
                        return new InferredStatus(
                                objective.code(),
                                objective.title(),
                                period.getCode(),
                                revision.status(),
                                revision.narrative(),
                                report.getVersion());
                    })
                    .sorted(Comparator.comparing(status -> ObjectiveCode.parse(status.objectiveCode())))
                    .forEach(inferred::add);
        }
        return inferred;
    }

    @Override
    @Transactional
    public int decide(CurrentUser admin, List<Decision> decisions) {
        policy.requireAdmin(admin);
        Instant now = clock.instant();
        int decided = 0;
        for (Decision decision : decisions) {
            ProgressReport report = inferredReport(decision);
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
            report.correct(decision.status(), report.getNarrative(), admin.id(), now);
            reports.saveAndFlush(report);
            int revision = record.revise(new PublicRecord.Revision(
                    report.getId(),
                    report.getStatus(),
                    report.getNarrative(),
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
                    "PROGRESS_REPORT",
                    report.getId(),
                    report.getObjectiveId(),
                    confirmed ? "STATUS_CONFIRMED" : "STATUS_CHANGED",
                    before,
                    after);
            events.publishEvent(new PublishedReportCorrected(decision.code().toString(), decision.period()));
            decided++;
        }
        return decided;
    }

    private ProgressReport inferredReport(Decision decision) {
        ObjectiveSummary objective = roadmap.objective(decision.code())
                .orElseThrow(() -> rejected("confirmation.status.unknown", decision))
                .summary();
        return periods.findByRoadmapIdAndCode(campaign.roadmapId(), decision.period())
                .flatMap(period -> reports.findByObjectiveIdAndPeriod(objective.id(), period))
                .orElseThrow(() -> rejected("confirmation.status.unknown", decision));
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
