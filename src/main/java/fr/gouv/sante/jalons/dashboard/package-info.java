/**
 * The public dashboard: read-only pages for citizens and partners (home, axes, objectives,
 * organisations, legal pages), built from published data only, through cached read models. An
 * objective's page also names the commitments of the e-health charter linked to it ({@code charter}).
 */
@ApplicationModule(
        allowedDependencies = {
            "account",
            "roadmap",
            "publication",
            "provenance",
            "organisation",
            "charter",
            "cluster",
            "shared"
        })
@NullMarked
package fr.gouv.sante.jalons.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
