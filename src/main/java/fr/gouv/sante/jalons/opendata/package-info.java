/**
 * Open data: the versioned, read-only JSON API ({@code /api/v1}) and the CSV exports
 * ({@code /opendata}), built from published data only. Small enough to stay flat.
 */
@ApplicationModule(
        allowedDependencies = {"roadmap", "publication", "provenance", "organisation", "dashboard", "cluster", "shared"
        })
package fr.gouv.sante.jalons.opendata;

import org.springframework.modulith.ApplicationModule;
