package fr.gouv.sante.jalons.shared;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whether a figure of an indicator is plausible: the one rule for every figure, whatever it comes
 * from (the report form, an import, an API). A figure outside its indicator's bounds is refused; a
 * figure that moves more than tenfold from the previous published one, or goes below it for an
 * indicator that must only grow, is a warning that the person confirms. An increase ("+8 500") is a
 * change, not a total: it is never compared with the previous total.
 *
 * @param unit       the indicator's unit: "%" bounds a figure between 0 and 100
 * @param maxValue   the indicator's own upper bound, null for the unit's (100 for a percentage, else none)
 * @param increasing whether the indicator must only go up
 */
public record FigurePlausibility(
        @Nullable String unit, @Nullable BigDecimal maxValue, boolean increasing) {

    /** The largest figure a numeric(18,2) column holds. */
    public static final BigDecimal MAX_MAGNITUDE = new BigDecimal("9999999999999999");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What is wrong, as a message key and its arguments (already written for a reader). */
    public record Problem(String key, List<String> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        /**
         * The key with its arguments as a refusal map carries them ({@code key|argument|argument}),
         * which {@code FormErrors} reads back.
         */
        public String encoded() {
            return arguments.isEmpty() ? key : key + "|" + String.join("|", arguments);
        }
    }

    /** Whether the unit is a percentage ("%", "% des établissements"...). */
    public boolean percentage() {
        return unit != null && unit.strip().startsWith("%");
    }

    /** The largest plausible figure: the indicator's own, else 100 for a percentage, else none (null). */
    public @Nullable BigDecimal upperBound() {
        return maxValue != null ? maxValue : percentage() ? HUNDRED : null;
    }

    /** Why this figure is refused, if it is. */
    public Optional<Problem> refusal(BigDecimal value) {
        if (value.signum() < 0) {
            return problem("figure.refused.negative");
        }
        if (value.compareTo(MAX_MAGNITUDE) > 0) {
            return problem("figure.refused.too-large", FrenchFormat.number(MAX_MAGNITUDE));
        }
        if (value.stripTrailingZeros().scale() > 2) {
            return problem("figure.refused.decimals");
        }
        BigDecimal bound = upperBound();
        if (bound != null && value.compareTo(bound) > 0) {
            return percentage()
                    ? problem("figure.refused.percentage", FrenchFormat.number(bound))
                    : problem("figure.refused.maximum", FrenchFormat.number(bound), unit == null ? "" : unit.strip());
        }
        return Optional.empty();
    }

    /**
     * What the person must confirm about this figure against the previous published one, if anything.
     *
     * @param previous the indicator's latest published figure, null when there is none
     */
    public Optional<Problem> warning(
            BigDecimal value,
            FigureQualifier qualifier,
            @Nullable BigDecimal previous,
            @Nullable FigureQualifier previousQualifier) {
        if (previous == null
                || !qualifier.comparableWithTarget()
                || (previousQualifier != null && !previousQualifier.comparableWithTarget())) {
            return Optional.empty();
        }
        String before = FrenchFormat.number(previous) + " " + (unit == null ? "" : unit.strip());
        if (previous.signum() > 0 && value.compareTo(previous.multiply(BigDecimal.TEN)) > 0) {
            return problem("figure.warning.tenfold", before.strip());
        }
        if (value.multiply(BigDecimal.TEN).compareTo(previous) < 0) {
            return problem("figure.warning.tenth", before.strip());
        }
        if (increasing && value.compareTo(previous) < 0) {
            return problem("figure.warning.decrease", before.strip());
        }
        return Optional.empty();
    }

    private static Optional<Problem> problem(String key, String... arguments) {
        return Optional.of(new Problem(key, List.of(arguments)));
    }
}
