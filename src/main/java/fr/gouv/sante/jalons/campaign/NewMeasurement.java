package fr.gouv.sante.jalons.campaign;

import fr.gouv.sante.jalons.shared.DatePrecision;
import fr.gouv.sante.jalons.shared.FigureQualifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A value entered for one of the objective's indicators, with the date it was measured, as its
 * source states them.
 *
 * @param id the saved draft measurement this row edits, null for a new one: the identity survives
 *           saves, so that a merge changes the other person's measurement instead of replacing it
 * @param qualifier exact, "plus de", "environ", an increase...
 * @param datePrecision how much of {@code date} the source gives (and the public will see)
 * @param confirmed the person confirmed the figure despite a plausibility warning (a tenfold move,
 *                  a decrease of an indicator that must grow)
 */
public record NewMeasurement(
        @Nullable Long id,
        long indicatorId,
        @Nullable BigDecimal value,
        @Nullable LocalDate date,
        FigureQualifier qualifier,
        DatePrecision datePrecision,
        boolean confirmed) {

    public NewMeasurement {
        qualifier = qualifier == null ? FigureQualifier.EXACT : qualifier;
        datePrecision = datePrecision == null ? DatePrecision.DAY : datePrecision;
    }

    /** A figure not confirmed against a plausibility warning. */
    public NewMeasurement(
            @Nullable Long id,
            long indicatorId,
            @Nullable BigDecimal value,
            @Nullable LocalDate date,
            @Nullable FigureQualifier qualifier,
            @Nullable DatePrecision datePrecision) {
        this(
                id,
                indicatorId,
                value,
                date,
                qualifier == null ? FigureQualifier.EXACT : qualifier,
                datePrecision == null ? DatePrecision.DAY : datePrecision,
                false);
    }

    /** An exact value at a known day, for the saved draft {@code id} (null for a new one). */
    public NewMeasurement(@Nullable Long id, long indicatorId, @Nullable BigDecimal value, @Nullable LocalDate date) {
        this(id, indicatorId, value, date, FigureQualifier.EXACT, DatePrecision.DAY);
    }

    /** A new exact measurement at a known day (or the one this report already holds for the indicator). */
    public NewMeasurement(long indicatorId, @Nullable BigDecimal value, @Nullable LocalDate date) {
        this(null, indicatorId, value, date);
    }
}
