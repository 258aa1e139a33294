package fr.gouv.sante.jalons.roadmap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An objective with its dated milestones and its indicators.
 *
 * @param milestones every dated step of the target, numeric or not, in date order
 */
public record ObjectiveDetails(ObjectiveSummary summary, List<Milestone> milestones, List<IndicatorDetails> indicators) {

    public ObjectiveDetails {
        milestones = List.copyOf(milestones);
        indicators = List.copyOf(indicators);
    }

    /** A dated step of the target; {@code indicatorId} and {@code value} are set for a numeric one. */
    public record Milestone(LocalDate dueDate, String description, Long indicatorId, BigDecimal value) {
    }

    /** A measured quantity of the objective, with the values its target sets. */
    public record IndicatorDetails(long id, String name, String unit, String direction, List<TargetValue> targets) {

        public IndicatorDetails {
            targets = List.copyOf(targets);
        }
    }

    /** A value an indicator must reach by a date. */
    public record TargetValue(BigDecimal value, LocalDate date) {
    }
}
