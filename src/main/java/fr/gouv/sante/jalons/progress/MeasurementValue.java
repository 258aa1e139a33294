package fr.gouv.sante.jalons.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A value of an indicator at a date, with the text it was taken from. */
public record MeasurementValue(LocalDate date, BigDecimal value, String source) {}
