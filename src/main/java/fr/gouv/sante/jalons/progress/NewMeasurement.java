package fr.gouv.sante.jalons.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A value entered for one of the objective's indicators, with the date it was measured.
 *
 * @param id the saved draft measurement this row edits, null for a new one: the identity survives
 *           saves, so that a merge changes the other person's measurement instead of replacing it
 */
public record NewMeasurement(Long id, long indicatorId, BigDecimal value, LocalDate date) {

    /** A new measurement (or the one this report already holds for the indicator). */
    public NewMeasurement(long indicatorId, BigDecimal value, LocalDate date) {
        this(null, indicatorId, value, date);
    }
}
