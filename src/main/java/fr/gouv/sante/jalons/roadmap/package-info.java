/**
 * The roadmaps' structure as the official documents set it: roadmaps and their state (the current
 * one, archived ones, drafts), axes, priorities, objectives with their lead organisations, dated
 * targets and indicators, the re-baselinings of a target or deadline, and the objectives that
 * continue an item of an earlier roadmap. The current roadmap is read through
 * {@link fr.gouv.sante.jalons.roadmap.RoadmapQueries}, every public one through
 * {@link fr.gouv.sante.jalons.roadmap.PublicRoadmapQueries}, both returning records, never entities;
 * changed by administrators through {@link fr.gouv.sante.jalons.roadmap.RoadmapLifecycle},
 * {@link fr.gouv.sante.jalons.roadmap.RoadmapEditing}, {@link fr.gouv.sante.jalons.roadmap.IndicatorEditing},
 * {@link fr.gouv.sante.jalons.roadmap.ContinuationEditing} and, for an import, {@link
 * fr.gouv.sante.jalons.roadmap.StructureWriting}, whose pages are those of {@code roadmapadmin}.
 */
@ApplicationModule(allowedDependencies = {"organisation", "account", "cluster", "shared"})
@NullMarked
package fr.gouv.sante.jalons.roadmap;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
