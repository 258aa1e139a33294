/**
 * The public dashboard: read-only pages for citizens and partners (home, axes, objectives,
 * organisations, legal pages), built from published data only, through cached read models.
 */
@ApplicationModule(
        allowedDependencies = {"account", "roadmap", "publication", "provenance", "organisation", "cluster", "shared"})
package fr.gouv.sante.jalons.dashboard;

import org.springframework.modulith.ApplicationModule;
