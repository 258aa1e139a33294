package fr.gouv.sante.jalons.publication;

import fr.gouv.sante.jalons.shared.DatePrecision;
import fr.gouv.sante.jalons.shared.FigureQualifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A value of an indicator, as its source states it, with the text it was taken from.
 *
 * @param date the date to sort by; only as much of it as {@code datePrecision} says is ever shown
 * @param qualifier "plus de", "environ", an increase...: how the value must be read
 * @param period the reporting period it was published with (null for none)
 * @param bilanMonth the month that period was first published, what "à la date du bilan" refers to;
 *                   null while unpublished
 */
public record MeasurementValue(
        LocalDate date,
        BigDecimal value,
        String source,
        FigureQualifier qualifier,
        DatePrecision datePrecision,
        String period,
        YearMonth bilanMonth) {

    /** The date as far as it is known, for machines: "2024-10-31", "2024-10", "2024-S1" or the period. */
    public String isoDate() {
        return datePrecision.iso(date, period);
    }
}
