/**
 * Semester progress reporting: reporting periods, each objective's progress report for a period,
 * the measurements of its indicators, and the campaign workflow (draft, submission, review,
 * publication, correction). A period is published once, then in supplementary publications for
 * late reports, until the next campaign closes it; each publication is recorded and announced by
 * {@link fr.gouv.sante.jalons.campaign.PeriodPublished}. The public reads only published revisions,
 * through {@link fr.gouv.sante.jalons.campaign.ProgressQueries} (its
 * {@link fr.gouv.sante.jalons.campaign.PublicProgress} feeds the public pages, the API and the CSV); editors and administrators act through
 * {@link fr.gouv.sante.jalons.campaign.ProgressReporting} and {@link fr.gouv.sante.jalons.campaign.ProgressReview}.
 */
@ApplicationModule(allowedDependencies = {"roadmap", "account", "history", "organisation", "shared"})
package fr.gouv.sante.jalons.campaign;

import org.springframework.modulith.ApplicationModule;
