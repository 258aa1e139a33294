package fr.gouv.sante.jalons.roadmap;

import fr.gouv.sante.jalons.shared.ObjectiveCode;
import java.util.List;
import java.util.Optional;

/** Read access to the current roadmap's structure. Every list comes in the roadmap's order. */
public interface RoadmapQueries {

    RoadmapSummary roadmap();

    /** All objectives, ordered by axis, priority and code. */
    List<ObjectiveSummary> objectives();

    Optional<ObjectiveDetails> objective(ObjectiveCode code);

    /** The axes with their priorities and each priority's objective codes. */
    List<AxisSummary> axes();
}
