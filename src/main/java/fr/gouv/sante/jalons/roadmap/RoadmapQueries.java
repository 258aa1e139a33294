package fr.gouv.sante.jalons.roadmap;

import fr.gouv.sante.jalons.shared.ObjectiveCode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Read access to the current roadmap's structure. Every list comes in the roadmap's order. */
public interface RoadmapQueries {

    RoadmapSummary roadmap();

    /** All objectives, ordered by axis, priority and code. */
    List<ObjectiveSummary> objectives();

    Optional<ObjectiveDetails> objective(ObjectiveCode code);

    /**
     * Codes of the objectives whose code, title or target match a full-text query (French stemming,
     * accent-insensitive, web-search syntax).
     */
    Set<String> objectivesMatching(String query);

    /** The axes with their priorities and each priority's objective codes. */
    List<AxisSummary> axes();

    /** Every indicator's name and unit by id, in one read (history sentences name the indicator of a measurement). */
    java.util.Map<Long, IndicatorLabel> indicatorLabels();

    /** What a measurement is of: its indicator's name and unit. */
    record IndicatorLabel(String name, String unit) {}
}
