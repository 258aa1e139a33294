package fr.gouv.sante.jalons.roadmap;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Administrators say which items of earlier roadmaps an objective of the current roadmap continues.
 * Every addition and removal is audited and shown publicly on both objectives' pages.
 */
public interface ContinuationEditing {

    /** What the objective continues today, and the earlier roadmaps it may continue an item of. */
    ContinuationChoices choices(CurrentUser admin, ObjectiveCode code);

    /**
     * Records that the objective continues the item {@code continuedCode} of the roadmap {@code roadmapSlug}.
     *
     * @throws StructureRejected on the fields {@code continuedRoadmap} or {@code continuedCode}: no such
     *     earlier public roadmap, no such item, a malformed code, or a link already recorded
     */
    void add(CurrentUser admin, ObjectiveCode code, @Nullable String roadmapSlug, @Nullable String continuedCode);

    /** Removes the link; nothing happens when there is none (another administrator removed it first). */
    void remove(CurrentUser admin, ObjectiveCode code, String roadmapSlug, String continuedCode);

    /**
     * What the form shows.
     *
     * @param continues the items it continues, in the roadmaps' order
     * @param earlierRoadmaps the roadmaps it may continue an item of: public, and begun before the current one
     */
    record ContinuationChoices(String code, List<Continuations.Link> continues, List<RoadmapSummary> earlierRoadmaps) {

        public ContinuationChoices {
            continues = List.copyOf(continues);
            earlierRoadmaps = List.copyOf(earlierRoadmaps);
        }
    }
}
