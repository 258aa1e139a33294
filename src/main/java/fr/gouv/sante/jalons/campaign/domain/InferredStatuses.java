package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.StatusConfirmation.InferredStatus;
import fr.gouv.sante.jalons.publication.PublicRecord;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.StatusBasis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The published statuses that were inferred, not stated by a document: what the DNS has to confirm. */
@Component
class InferredStatuses {

    private final AccessPolicy policy;
    private final CampaignSupport campaign;
    private final ReportingPeriodRepository periods;
    private final ProgressReportRepository reports;
    private final PublicRecord record;
    private final RoadmapQueries roadmap;

    InferredStatuses(
            AccessPolicy policy,
            CampaignSupport campaign,
            ReportingPeriodRepository periods,
            ProgressReportRepository reports,
            PublicRecord record,
            RoadmapQueries roadmap) {
        this.policy = policy;
        this.campaign = campaign;
        this.periods = periods;
        this.reports = reports;
        this.record = record;
        this.roadmap = roadmap;
    }

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
                        // the revisions read are those of these reports, which are of these objectives
                        ProgressReport report = Objects.requireNonNull(byId.get(revision.reportId()));
                        ObjectiveSummary objective = Objects.requireNonNull(objectives.get(report.getObjectiveId()));
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
}
