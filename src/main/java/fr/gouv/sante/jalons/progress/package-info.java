/**
 * Semester progress reporting: reporting periods, each objective's progress report for a period,
 * and the measurements of its indicators. Only what a published period made public is read through
 * {@link fr.gouv.sante.jalons.progress.ProgressQueries}.
 */
@ApplicationModule(allowedDependencies = {"roadmap", "organisation", "shared"})
package fr.gouv.sante.jalons.progress;

import org.springframework.modulith.ApplicationModule;
