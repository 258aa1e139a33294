package fr.gouv.sante.jalons.followup;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.InputRefused;
import java.util.List;

/** The DNS's views of the open campaign. Administrators only. */
public interface CampaignOverviews {

    /** The open period, each organisation's completion and the reports to review. */
    CampaignOverview overview(CurrentUser admin);

    /**
     * What publishing now would make public, and what stays out, by organisation.
     *
     * @throws InputRefused when no period takes reports
     */
    PublicationSummary publicationSummary(CurrentUser admin);

    /** Closed periods that kept unpublished reports, newest first. */
    List<ClosedPeriod> closedPeriods(CurrentUser admin);

    /** The published statuses whose basis is still {@code INFERRED}, newest period first, in the roadmap's order. */
    List<InferredStatus> inferredStatuses(CurrentUser admin);
}
