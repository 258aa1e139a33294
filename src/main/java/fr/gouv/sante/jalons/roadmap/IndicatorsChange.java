package fr.gouv.sante.jalons.roadmap;

import fr.gouv.sante.jalons.shared.Deadline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An administrator's new list of an objective's indicators and dated targets, replacing the old one.
 * An indicator keeps its id (and its measurements) when it is edited; a new one has a null id.
 * A target refers to an indicator by its position in {@code indicators} (1-based), or to none.
 */
public record IndicatorsChange(List<Indicator> indicators, List<Target> targets, long version) {

    public IndicatorsChange {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /**
     * An indicator: what is counted, in which unit, and whether more is better.
     *
     * @param maxValue the largest plausible figure, null for the unit's own bound (100 for "%")
     * @param baselineValue where progress starts, with {@code baselineDate}; both null without baseline
     */
    public record Indicator(
            @Nullable Long id,
            @Nullable String name,
            @Nullable String unit,
            @Nullable String direction,
            @Nullable BigDecimal maxValue,
            @Nullable BigDecimal baselineValue,
            @Nullable LocalDate baselineDate) {

        /** An indicator without its own bound nor baseline. */
        public Indicator(@Nullable Long id, @Nullable String name, @Nullable String unit, @Nullable String direction) {
            this(id, name, unit, direction, null, null, null);
        }
    }

    /**
     * A dated target; {@code indicatorPosition} and {@code value} go together. {@code due} is as precise
     * as its source ("fin 2024" is a year), null when what was typed is no date.
     */
    public record Target(
            @Nullable Deadline due,
            @Nullable String description,
            @Nullable Integer indicatorPosition,
            @Nullable BigDecimal value) {}
}
