/**
 * The roadmap's structure as the official documents set it: roadmap, axes, priorities, objectives
 * with their lead organisations, dated targets and indicators. Read through {@link
 * fr.gouv.sante.jalons.roadmap.RoadmapQueries}, which returns records, never entities.
 */
@ApplicationModule(allowedDependencies = {"organisation", "shared"})
package fr.gouv.sante.jalons.roadmap;

import org.springframework.modulith.ApplicationModule;
