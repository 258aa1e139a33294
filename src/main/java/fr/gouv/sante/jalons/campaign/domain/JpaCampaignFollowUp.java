package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.campaign.CampaignFollowUp;
import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.campaign.ReportingRule;
import fr.gouv.sante.jalons.campaign.ReportingRules;
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

@Service
@Transactional(readOnly = true)
class JpaCampaignFollowUp implements CampaignFollowUp {

    private final CampaignSupport campaign;
    private final RoadmapQueries roadmap;
    private final OrganisationQueries organisations;
    private final ProgressReportRepository reports;
    private final ReportingRules rules;

    JpaCampaignFollowUp(
            CampaignSupport campaign,
            RoadmapQueries roadmap,
            OrganisationQueries organisations,
            ProgressReportRepository reports,
            ReportingRules rules) {
        this.rules = rules;
        this.campaign = campaign;
        this.roadmap = roadmap;
        this.organisations = organisations;
        this.reports = reports;
    }

    @Override
    public Optional<CampaignStatus> openCampaign() {
        return campaign.openPeriod().map(this::status);
    }

    private CampaignStatus status(ReportingPeriod period) {
        Map<Long, ProgressReport> byObjective = reports.findByPeriod(period).stream()
                .collect(Collectors.toMap(ProgressReport::getObjectiveId, Function.identity()));
        Map<String, OrganisationSummary> byAcronym = organisations.allByAcronym();
        Instant deadline = period.getDueOn() == null
                ? null
                : period.getDueOn().plusDays(1).atStartOfDay(FrenchFormat.PARIS).toInstant();
        ReportingRule rule = rules.current();
        List<Row> rows = new ArrayList<>();
        List<ObjectiveSummary> objectives = roadmap.objectives();
        for (ObjectiveSummary objective : objectives) {
            ProgressReport report = byObjective.get(objective.id());
            for (String acronym : objective.ownerAcronyms()) {
                OrganisationSummary organisation = byAcronym.get(acronym);
                if (organisation == null) {
                    continue;
                }
                Instant submittedAt = report == null ? null : report.getSubmittedAt();
                rows.add(new Row(
                        organisation.id(),
                        acronym,
                        objective.code(),
                        objective.title(),
                        report == null ? ReportState.TODO : report.getState(),
                        report == null ? null : report.getUpdatedBy(),
                        report == null ? null : report.getUpdatedAt(),
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
        return new CampaignStatus(period.getCode(), period.getDueOn(), rows);
    }
}
