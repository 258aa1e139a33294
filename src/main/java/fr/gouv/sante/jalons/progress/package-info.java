/**
 * Semester progress reporting: reporting periods, each objective's progress report for a period,
 * the measurements of its indicators, and the campaign workflow (draft, submission, review,
 * publication, correction). The public reads only published revisions, through
 * {@link fr.gouv.sante.jalons.progress.ProgressQueries}; editors and administrators act through
 * {@link fr.gouv.sante.jalons.progress.ProgressReporting} and {@link fr.gouv.sante.jalons.progress.ProgressReview}.
 */
@ApplicationModule(allowedDependencies = {"roadmap", "account", "history", "organisation", "shared"})
package fr.gouv.sante.jalons.progress;

import org.springframework.modulith.ApplicationModule;
