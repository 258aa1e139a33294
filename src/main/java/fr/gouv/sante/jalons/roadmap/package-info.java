/**
 * The roadmap's structure as the official documents set it: roadmap, axes, priorities, objectives
 * with their lead organisations, dated targets and indicators, and the re-baselinings of a target
 * or deadline. Read through {@link fr.gouv.sante.jalons.roadmap.RoadmapQueries}, which returns records,
 * never entities; changed by administrators through {@link fr.gouv.sante.jalons.roadmap.RoadmapEditing}.
 */
@ApplicationModule(allowedDependencies = {"organisation", "account", "cluster", "shared"})
@NullMarked
package fr.gouv.sante.jalons.roadmap;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
