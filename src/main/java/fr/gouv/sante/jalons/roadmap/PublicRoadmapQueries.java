package fr.gouv.sante.jalons.roadmap;

import fr.gouv.sante.jalons.shared.ObjectiveCode;
import java.util.List;
import java.util.Optional;

/**
 * Read access to every public roadmap, the current one and the archived ones, by slug. A draft is
 * never returned: its slug answers as an unknown one. Lists come in each roadmap's order.
 */
public interface PublicRoadmapQueries {

    /** The public roadmaps, the most recent first, each with its number of objectives. */
    List<RoadmapListing> roadmaps();

    /** The public roadmap of this slug; empty for an unknown slug or a draft. */
    Optional<RoadmapSummary> roadmap(String slug);

    /**
     * The objectives of a public roadmap, ordered by axis, priority and code.
     *
     * @throws fr.gouv.sante.jalons.shared.NotFoundException no public roadmap has this slug
     */
    List<ObjectiveSummary> objectives(String slug);

    /** One objective of a public roadmap; empty when the roadmap is not public or has no such objective. */
    Optional<ObjectiveDetails> objective(String slug, ObjectiveCode code);

    /**
     * The axes of a public roadmap with their priorities and each priority's objective codes.
     *
     * @throws fr.gouv.sante.jalons.shared.NotFoundException no public roadmap has this slug
     */
    List<AxisSummary> axes(String slug);

    /** What an objective continues, and what continues it, among the public roadmaps' objectives. */
    Continuations continuations(long objectiveId);

    /** A roadmap of the list, with how many objectives it holds in Jalons. */
    record RoadmapListing(RoadmapSummary roadmap, int objectiveCount) {}
}
