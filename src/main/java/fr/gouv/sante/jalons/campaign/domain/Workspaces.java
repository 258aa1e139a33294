package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.campaign.ReportingRule;
import fr.gouv.sante.jalons.campaign.ReportingRules;
import fr.gouv.sante.jalons.campaign.Workspace;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The objectives a person may follow in the open period, each with its report's state and what they may do. */
@Component
class Workspaces {

    private final CampaignSupport campaign;
    private final ReportingRules rules;
    private final ProgressReportRepository reports;
    private final RoadmapQueries roadmap;
    private final AccessPolicy policy;
    private final TransactionTemplate reading;

    Workspaces(
            CampaignSupport campaign,
            ReportingRules rules,
            ProgressReportRepository reports,
            RoadmapQueries roadmap,
            AccessPolicy policy,
            PlatformTransactionManager transactions) {
        this.campaign = campaign;
        this.rules = rules;
        this.reports = reports;
        this.roadmap = roadmap;
        this.policy = policy;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    Workspace workspace(CurrentUser user) {
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
}
