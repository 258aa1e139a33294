/**
 * Where the semester campaign stands, read from the campaign's facades and never written: each lead
 * organisation's objectives and their state ({@link fr.gouv.sante.jalons.followup.CampaignFollowUp},
 * what the reminders, the late organisations and the export are made of), the DNS's overview and what a
 * publication would leave out ({@link fr.gouv.sante.jalons.followup.CampaignOverviews}), and the
 * campaign's counters among the metrics. Apart from {@code campaign}, which writes and decides, so that
 * the pages and jobs that follow a campaign do not grow the workflow's module.
 */
@ApplicationModule(allowedDependencies = {"campaign", "publication", "roadmap", "organisation", "account", "shared"})
@NullMarked
package fr.gouv.sante.jalons.followup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
