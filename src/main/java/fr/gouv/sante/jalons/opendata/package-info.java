/**
 * Open data: the versioned, read-only JSON API ({@code /api/v1}) and the CSV exports
 * ({@code /opendata}), built from published data only, and the governance meetings
 * ({@code governance}). Small enough to stay flat.
 */
@ApplicationModule(
        allowedDependencies = {
            "roadmap",
            "publication",
            "provenance",
            "organisation",
            "dashboard",
            "governance",
            "cluster",
            "shared"
        })
@NullMarked
package fr.gouv.sante.jalons.opendata;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
