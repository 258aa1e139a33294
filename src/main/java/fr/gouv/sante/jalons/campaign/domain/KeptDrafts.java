package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.ClosedPeriod;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The closed periods' reports that were never published, kept for the record. */
@Component
class KeptDrafts {

    private final AccessPolicy policy;
    private final RoadmapQueries roadmap;
    private final ProgressReportRepository reports;
    private final TransactionTemplate reading;

    KeptDrafts(
            AccessPolicy policy,
            RoadmapQueries roadmap,
            ProgressReportRepository reports,
            PlatformTransactionManager transactions) {
        this.policy = policy;
        this.roadmap = roadmap;
        this.reports = reports;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    List<ClosedPeriod> closedPeriods(CurrentUser admin) {
        policy.requireAdmin(admin);
        return reading.execute(tx -> {
            Map<Long, ObjectiveSummary> objectives = new HashMap<>();
            roadmap.objectives().forEach(objective -> objectives.put(objective.id(), objective));
            Map<ReportingPeriod, List<ClosedPeriod.KeptReport>> kept = new LinkedHashMap<>();
            for (ProgressReport report : reports.findUnpublishedInClosedPeriods()) {
                ObjectiveSummary objective = objectives.get(report.getObjectiveId());
                if (objective != null) {
                    kept.computeIfAbsent(report.getPeriod(), p -> new ArrayList<>())
                            .add(new ClosedPeriod.KeptReport(
                                    objective.code(), objective.title(), report.getState(), report.getUpdatedAt()));
                }
            }
            List<ClosedPeriod> closed = new ArrayList<>();
            kept.forEach((period, list) -> closed.add(new ClosedPeriod(
                    period.getCode(),
                    period.getPublications(),
                    list.stream()
                            .sorted(Comparator.comparing(r -> ObjectiveCode.parse(r.objectiveCode())))
                            .toList())));
            return closed;
        });
    }
}
