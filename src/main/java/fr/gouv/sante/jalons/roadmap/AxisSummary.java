package fr.gouv.sante.jalons.roadmap;

import java.util.List;

/** An axis of the roadmap with its priorities. */
public record AxisSummary(int number, String name, List<PrioritySummary> priorities) {

    public AxisSummary {
        priorities = List.copyOf(priorities);
    }

    /** A priority with the codes of its objectives. */
    public record PrioritySummary(int number, String title, List<String> objectiveCodes) {

        public PrioritySummary {
            objectiveCodes = List.copyOf(objectiveCodes);
        }
    }
}
