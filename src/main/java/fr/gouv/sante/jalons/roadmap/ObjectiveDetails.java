package fr.gouv.sante.jalons.roadmap;

import fr.gouv.sante.jalons.shared.Deadline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An objective with its dated milestones, its indicators and its re-baselinings (oldest first).
 *
 * @param milestones every dated step of the target, numeric or not, in date order
 */
public record ObjectiveDetails(
        ObjectiveSummary summary,
        List<Milestone> milestones,
        List<IndicatorDetails> indicators,
        List<Rebaselining> rebaselinings) {

    public ObjectiveDetails {
        milestones = List.copyOf(milestones);
        indicators = List.copyOf(indicators);
        rebaselinings = List.copyOf(rebaselinings);
    }

    /**
     * A change of target or deadline, with its reason; the first one's "previous" values are the initial
     * target. Both deadlines are as precise as they were given.
     */
    public record Rebaselining(
            java.time.Instant changedAt,
            String reason,
            String previousTarget,
            Deadline previousDeadline,
            String newTarget,
            Deadline newDeadline) {}

    /**
     * A dated step of the target, due as precisely as its source gives it; {@code indicatorId} and
     * {@code value} are set for a numeric one.
     */
    public record Milestone(
            Deadline due,
            String description,
            @Nullable Long indicatorId,
            @Nullable BigDecimal value) {}

    /**
     * A measured quantity of the objective, with the values its target sets.
     *
     * @param maxValue the largest plausible figure when the indicator sets one (else the unit's bound)
     * @param baseline where its progress starts, from a document or the DNS; null when there is none
     */
    public record IndicatorDetails(
            long id,
            String name,
            String unit,
            String direction,
            @Nullable BigDecimal maxValue,
            @Nullable TargetValue baseline,
            List<TargetValue> targets) {

        public IndicatorDetails {
            targets = List.copyOf(targets);
        }

        /** Without a bound nor a baseline of its own. */
        public IndicatorDetails(long id, String name, String unit, String direction, List<TargetValue> targets) {
            this(id, name, unit, direction, null, null, targets);
        }

        public boolean decreasing() {
            return "DECREASE".equals(direction);
        }
    }

    /**
     * A value an indicator must reach by a date: {@code date} is the last day of the period
     * {@code precision} names (a sort key and a point of the charts); {@link #due()} is what may be shown.
     */
    public record TargetValue(BigDecimal value, LocalDate date, Deadline.Precision precision) {

        /** A value on a day: a baseline, entered as a day. */
        public TargetValue(BigDecimal value, LocalDate date) {
            this(value, date, Deadline.Precision.DAY);
        }

        public Deadline due() {
            return new Deadline(date, precision);
        }
    }
}
