/**
 * The semester campaign, the DNS's back office: reporting periods, each objective's progress report
 * for a period and the figures of its indicators while they are written, and the workflow (draft,
 * submission, review, publication, correction, the DNS's decisions on reconstructed statuses). What
 * it publishes is appended to the published record ({@code publication} module), which the public
 * reads; editors and administrators act through
 * {@link fr.gouv.sante.jalons.campaign.ProgressReporting} and {@link fr.gouv.sante.jalons.campaign.ProgressReview}.
 * {@link fr.gouv.sante.jalons.campaign.ProgressReporting#saveAllAsDrafts} saves many reports at once, all
 * or none, for the spreadsheet import ({@code reportimport} module), which depends on this one.
 */
@ApplicationModule(allowedDependencies = {"publication", "roadmap", "account", "history", "organisation", "shared"})
@NullMarked
package fr.gouv.sante.jalons.campaign;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
