package fr.gouv.sante.jalons.followup;

import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.campaign.Workspace;
import fr.gouv.sante.jalons.publication.PeriodSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The administrator's view of the campaign: the open period, each organisation's completion, and
 * the reports to review. {@code period} is null when no campaign is open.
 */
public record CampaignOverview(
        @Nullable PeriodSummary period,
        @Nullable LocalDate dueOn,
        long periodVersion,
        List<OrganisationCompletion> organisations,
        List<Workspace.Item> reports,
        @Nullable String suggestedNextPeriod) {

    public CampaignOverview {
        organisations = List.copyOf(organisations);
        reports = List.copyOf(reports);
    }

    /** How many reports are in this state across the open period. */
    public long count(ReportState state) {
        return reports.stream().filter(report -> report.state() == state).count();
    }

    /** How far an organisation is: reports by state for the objectives it leads. */
    public record OrganisationCompletion(String acronym, int objectives, Map<ReportState, Integer> byState) {

        public OrganisationCompletion {
            byState = Map.copyOf(byState);
        }

        public int count(ReportState state) {
            return byState.getOrDefault(state, 0);
        }
    }
}
