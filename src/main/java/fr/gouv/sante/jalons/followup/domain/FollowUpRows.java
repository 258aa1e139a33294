package fr.gouv.sante.jalons.followup.domain;

import fr.gouv.sante.jalons.campaign.CampaignQueries;
import fr.gouv.sante.jalons.campaign.CampaignQueries.OpenCampaign;
import fr.gouv.sante.jalons.campaign.CampaignQueries.Report;
import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.campaign.ReportingRule;
import fr.gouv.sante.jalons.campaign.ReportingRules;
import fr.gouv.sante.jalons.followup.CampaignFollowUp;
import fr.gouv.sante.jalons.organisation.OrganisationQueries;
import fr.gouv.sante.jalons.organisation.OrganisationSummary;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One row per (lead organisation, objective) of the open campaign, from the campaign's reports and the roadmap. */
@Service
@Transactional(readOnly = true)
class FollowUpRows implements CampaignFollowUp {

    private final CampaignQueries campaign;
    private final RoadmapQueries roadmap;
    private final OrganisationQueries organisations;
    private final ReportingRules rules;

    FollowUpRows(
            CampaignQueries campaign, RoadmapQueries roadmap, OrganisationQueries organisations, ReportingRules rules) {
        this.campaign = campaign;
        this.roadmap = roadmap;
        this.organisations = organisations;
        this.rules = rules;
    }

    @Override
    public Optional<CampaignStatus> openCampaign() {
        return campaign.openCampaign().map(this::status);
    }

    private CampaignStatus status(OpenCampaign period) {
        Map<Long, Report> byObjective =
                period.reports().stream().collect(Collectors.toMap(Report::objectiveId, Function.identity()));
        Map<String, OrganisationSummary> byAcronym = organisations.allByAcronym();
        Instant deadline = period.dueOn() == null
                ? null
                : period.dueOn().plusDays(1).atStartOfDay(FrenchFormat.PARIS).toInstant();
        ReportingRule rule = rules.current();
        List<Row> rows = new ArrayList<>();
        List<ObjectiveSummary> objectives = roadmap.objectives();
        for (ObjectiveSummary objective : objectives) {
            Report report = byObjective.get(objective.id());
            for (String acronym : objective.ownerAcronyms()) {
                OrganisationSummary organisation = byAcronym.get(acronym);
                if (organisation == null) {
                    continue;
                }
                Instant submittedAt = report == null ? null : report.submittedAt();
                rows.add(new Row(
                        organisation.id(),
                        acronym,
                        objective.code(),
                        objective.title(),
                        report == null ? ReportState.TODO : report.state(),
                        report == null ? null : report.updatedBy(),
                        report == null ? null : report.updatedAt(),
                        submittedAt,
                        submittedAt != null && deadline != null && !submittedAt.isBefore(deadline),
                        objective.pilotedBy(acronym),
                        rule.mustReport(acronym, objective.ownerAcronyms(), objective.pilot())));
            }
        }
        Map<String, Integer> roadmapOrder = new HashMap<>();
        for (int i = 0; i < objectives.size(); i++) {
            roadmapOrder.put(objectives.get(i).code(), i);
        }
        rows.sort(Comparator.comparing(Row::organisationAcronym, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(row -> roadmapOrder.get(row.objectiveCode())));
        return new CampaignStatus(period.period().code(), period.dueOn(), rows);
    }
}
