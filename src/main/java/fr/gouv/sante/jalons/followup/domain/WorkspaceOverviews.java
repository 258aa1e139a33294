package fr.gouv.sante.jalons.followup.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.CampaignQueries;
import fr.gouv.sante.jalons.campaign.CampaignQueries.KeptReport;
import fr.gouv.sante.jalons.campaign.CampaignQueries.OpenCampaign;
import fr.gouv.sante.jalons.campaign.CampaignQueries.PeriodReport;
import fr.gouv.sante.jalons.campaign.ProgressReporting;
import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.campaign.Workspace;
import fr.gouv.sante.jalons.followup.CampaignOverview;
import fr.gouv.sante.jalons.followup.CampaignOverview.OrganisationCompletion;
import fr.gouv.sante.jalons.followup.CampaignOverviews;
import fr.gouv.sante.jalons.followup.ClosedPeriod;
import fr.gouv.sante.jalons.followup.InferredStatus;
import fr.gouv.sante.jalons.followup.PublicationSummary;
import fr.gouv.sante.jalons.followup.PublicationSummary.OrganisationLeftOut;
import fr.gouv.sante.jalons.publication.PublicRecord;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.Semester;
import fr.gouv.sante.jalons.shared.StatusBasis;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The DNS's views of the campaign, built from an administrator's workspace (every objective and its
 * report's state): completion by organisation, what publishing it would make public, and the reports
 * closed periods kept unpublished.
 */
@Service
@Transactional(readOnly = true)
class WorkspaceOverviews implements CampaignOverviews {

    private final AccessPolicy policy;
    private final CampaignQueries campaign;
    private final ProgressReporting reporting;
    private final RoadmapQueries roadmap;
    private final PublicRecord record;
    private final Clock clock;

    WorkspaceOverviews(
            AccessPolicy policy,
            CampaignQueries campaign,
            ProgressReporting reporting,
            RoadmapQueries roadmap,
            PublicRecord record,
            Clock clock) {
        this.policy = policy;
        this.campaign = campaign;
        this.reporting = reporting;
        this.roadmap = roadmap;
        this.record = record;
        this.clock = clock;
    }

    @Override
    public CampaignOverview overview(CurrentUser admin) {
        policy.requireAdmin(admin);
        Workspace all = reporting.workspace(admin);
        Map<String, int[]> totals = new LinkedHashMap<>();
        Map<String, Map<ReportState, Integer>> byOrganisation = new LinkedHashMap<>();
        for (Workspace.Item item : all.items()) {
            for (String owner : item.owners()) {
                totals.computeIfAbsent(owner, o -> new int[1])[0]++;
                byOrganisation
                        .computeIfAbsent(owner, o -> new EnumMap<>(ReportState.class))
                        .merge(item.state(), 1, Integer::sum);
            }
        }
        List<OrganisationCompletion> completion = new ArrayList<>();
        totals.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(String.CASE_INSENSITIVE_ORDER))
                .forEach(total -> completion.add(new OrganisationCompletion(
                        total.getKey(), total.getValue()[0], byOrganisation.getOrDefault(total.getKey(), Map.of()))));
        // the next campaign can open once the current one is published (which closes it)
        String next = all.period() == null || all.period().publishedAt() != null
                ? suggestedNextPeriod().toString()
                : null;
        long periodVersion = campaign.openCampaign().map(OpenCampaign::version).orElse(0L);
        return new CampaignOverview(all.period(), all.dueOn(), periodVersion, completion, all.items(), next);
    }

    /** The semester right after the latest one the roadmap has (the only one that may open), else the current one. */
    private Semester suggestedNextPeriod() {
        return campaign.latestPeriod()
                .map(latest -> Semester.parse(latest).next())
                .orElseGet(() -> Semester.containing(LocalDate.now(clock)));
    }

    @Override
    public PublicationSummary publicationSummary(CurrentUser admin) {
        policy.requireAdmin(admin);
        OpenCampaign period =
                campaign.openCampaign().orElseThrow(() -> new InputRefused(Map.of("period", "report.period.none")));
        Workspace all = reporting.workspace(admin);
        List<String> toPublish = new ArrayList<>();
        List<String> alreadyPublished = new ArrayList<>();
        Map<String, List<Workspace.Item>> byOrganisation = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Workspace.Item item : all.items()) {
            if (item.state() == ReportState.VALIDATED) {
                toPublish.add(item.code());
            } else if (item.state() == ReportState.PUBLISHED) {
                alreadyPublished.add(item.code());
            }
            for (String owner : item.owners()) {
                byOrganisation.computeIfAbsent(owner, o -> new ArrayList<>()).add(item);
            }
        }
        List<OrganisationLeftOut> organisations = new ArrayList<>();
        byOrganisation.forEach((acronym, items) -> organisations.add(new OrganisationLeftOut(
                acronym,
                items.size(),
                codes(items, ReportState.PUBLISHED),
                codes(items, ReportState.VALIDATED),
                codes(items, ReportState.SUBMITTED),
                codes(items, ReportState.DRAFT, ReportState.RETURNED),
                codes(items, ReportState.TODO))));
        return new PublicationSummary(
                period.period(),
                period.version(),
                period.publications() + 1,
                toPublish,
                alreadyPublished,
                organisations);
    }

    @Override
    public List<ClosedPeriod> closedPeriods(CurrentUser admin) {
        policy.requireAdmin(admin);
        Map<Long, ObjectiveSummary> objectives = new HashMap<>();
        roadmap.objectives().forEach(objective -> objectives.put(objective.id(), objective));
        Map<String, List<KeptReport>> byPeriod = new LinkedHashMap<>();
        campaign.keptReports()
                .forEach(kept -> byPeriod.computeIfAbsent(kept.period(), period -> new ArrayList<>())
                        .add(kept));
        List<ClosedPeriod> closed = new ArrayList<>();
        byPeriod.forEach((period, kept) -> closed.add(new ClosedPeriod(
                period,
                kept.get(0).publications(),
                kept.stream()
                        .filter(report -> objectives.containsKey(report.objectiveId()))
                        .map(report -> {
                            ObjectiveSummary objective = Objects.requireNonNull(objectives.get(report.objectiveId()));
                            return new ClosedPeriod.KeptReport(
                                    objective.code(), objective.title(), report.state(), report.updatedAt());
                        })
                        .sorted(Comparator.comparing(report -> ObjectiveCode.parse(report.objectiveCode())))
                        .toList())));
        return closed;
    }

    @Override
    public List<InferredStatus> inferredStatuses(CurrentUser admin) {
        policy.requireAdmin(admin);
        Map<Long, ObjectiveSummary> objectives = new HashMap<>();
        roadmap.objectives().forEach(objective -> objectives.put(objective.id(), objective));
        Map<String, Map<Long, PeriodReport>> byPeriod = new LinkedHashMap<>();
        campaign.reportsByPeriod().stream()
                .filter(report -> objectives.containsKey(report.objectiveId()))
                .forEach(report -> byPeriod.computeIfAbsent(report.period(), period -> new LinkedHashMap<>())
                        .put(report.reportId(), report));
        List<InferredStatus> inferred = new ArrayList<>();
        byPeriod.forEach((period, reports) -> record.latestOf(reports.keySet()).stream()
                .filter(revision -> revision.basis() == StatusBasis.INFERRED)
                .map(revision -> {
                    // the revisions read are those of these reports, which are of these objectives
                    PeriodReport report = Objects.requireNonNull(reports.get(revision.reportId()));
                    ObjectiveSummary objective = Objects.requireNonNull(objectives.get(report.objectiveId()));
                    return new InferredStatus(
                            objective.code(),
                            objective.title(),
                            period,
                            revision.status(),
                            revision.narrative(),
                            report.version());
                })
                .sorted(Comparator.comparing(status -> ObjectiveCode.parse(status.objectiveCode())))
                .forEach(inferred::add));
        return inferred;
    }

    private static List<String> codes(List<Workspace.Item> items, ReportState... states) {
        List<ReportState> wanted = List.of(states);
        return items.stream()
                .filter(item -> wanted.contains(item.state()))
                .map(Workspace.Item::code)
                .toList();
    }
}
