package fr.gouv.sante.jalons.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How far an indicator has come towards its final target, and whether its latest figure is ahead of
 * or behind the straight trajectory to that target. Screen and print compute it here, so that they
 * say the same thing. An increase ({@link FigureQualifier#INCREASE}) is not a total and takes no part.
 *
 * <p>The baseline is a property of the indicator (stated by a document or set by the DNS), never
 * the first measurement entered: otherwise a late, higher figure would make the percentage drop.
 *
 * @param percent the progress towards the final target, rounded down (never 100 % before it is
 *                reached): from the baseline to the target when the indicator has one, otherwise the
 *                latest figure over the target (undefined for a decreasing indicator without
 *                baseline); null when undefined
 * @param pace    where the latest figure stands against the straight line from the baseline to the
 *                final target; null without baseline (no such line is drawn either)
 */
public record IndicatorProgress(
        Point latest,
        @Nullable Point target,
        @Nullable Integer percent,
        @Nullable Pace pace) {

    /** A value at a date, as its source qualifies it. */
    public record Point(LocalDate date, BigDecimal value, FigureQualifier qualifier) {

        /** An exact value (a target, a figure entered as exact). */
        public Point(LocalDate date, BigDecimal value) {
            this(date, value, FigureQualifier.EXACT);
        }
    }

    /** How the percentage must be read ("au moins" for a "plus de" figure); null without a percentage. */
    public @Nullable FigureQualifier percentQualifier() {
        return percent == null ? null : latest.qualifier();
    }

    /** The latest figure against the straight trajectory. */
    public enum Pace {
        AHEAD,
        ON_PATH,
        BEHIND;

        public String messageKey() {
            return "indicator.pace." + name();
        }
    }

    /** Within this share of the gap to cover, a figure counts as on the path. */
    private static final double TOLERANCE = 0.02;

    /**
     * How far the latest measurement has gone towards the last target, and whether it keeps pace.
     *
     * @param baseline   the indicator's baseline, null when it has none
     * @param decreasing true when the indicator must go down to its target
     * @return nothing when the indicator has no measurement
     */
    public static Optional<IndicatorProgress> of(
            List<Point> measurements, List<Point> targets, @Nullable Point baseline, boolean decreasing) {
        if (measurements.isEmpty()) {
            return Optional.empty();
        }
        // an increase ("+8 500") is a change, not a total: it is never compared with a target
        List<Point> measured = measurements.stream()
                .filter(point -> point.qualifier().comparableWithTarget())
                .sorted(Comparator.comparing(Point::date))
                .toList();
        Point target = targets.stream().max(Comparator.comparing(Point::date)).orElse(null);
        if (target == null || measured.isEmpty()) {
            Point latest =
                    measurements.stream().max(Comparator.comparing(Point::date)).orElseThrow();
            return Optional.of(new IndicatorProgress(latest, target, null, null));
        }
        Point latest = measured.get(measured.size() - 1);
        double from = baseline == null ? 0 : baseline.value().doubleValue();
        double gap = target.value().doubleValue() - from;
        Integer percent = null;
        // value / target says nothing about a figure that must go down: it needs a baseline
        boolean measurable = baseline != null || !decreasing;
        if (measurable && gap != 0 && (gap > 0) != decreasing) {
            double share = (latest.value().doubleValue() - from) / gap;
            percent = BigDecimal.valueOf(Math.max(0, share) * 100)
                    .setScale(0, RoundingMode.DOWN)
                    .intValue();
        } else if (measurable && gap == 0) {
            percent = 100;
        }
        Pace pace = null;
        if (baseline != null
                && target.date().isAfter(baseline.date())
                && latest.date().isAfter(baseline.date())) {
            double span = ChronoUnit.DAYS.between(baseline.date(), target.date());
            double elapsed = Math.min(span, (double) ChronoUnit.DAYS.between(baseline.date(), latest.date()));
            double expected = from + gap * elapsed / span;
            double difference = latest.value().doubleValue() - expected;
            if (decreasing) {
                difference = -difference;
            }
            double tolerance = Math.abs(gap) * TOLERANCE;
            pace = difference > tolerance ? Pace.AHEAD : difference < -tolerance ? Pace.BEHIND : Pace.ON_PATH;
        }
        return Optional.of(new IndicatorProgress(latest, target, percent, pace));
    }
}
