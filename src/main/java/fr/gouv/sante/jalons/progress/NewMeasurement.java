package fr.gouv.sante.jalons.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A value entered for one of the objective's indicators, with the date it was measured. */
public record NewMeasurement(long indicatorId, BigDecimal value, LocalDate date) {
}
