package fr.gouv.sante.jalons.shared;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * How precise a date is in its source: a day, a month ("à fin octobre 2024"), a semester ("au cours du
 * 1er semestre 2024"), or only the date of the bilan that gives it ("à date", "à ce jour", no date).
 * The stored date is then a sort key whose finer parts are never shown.
 */
public enum DatePrecision {
    DAY,
    MONTH,
    SEMESTER,
    PERIOD;

    /**
     * The date as far as it is known, for machines: "2024-10-31", "2024-10", "2024-S1"; for
     * {@code PERIOD} the reporting period's code, since the document gives no date of its own.
     */
    public String iso(LocalDate date, String period) {
        return switch (this) {
            case DAY -> date.toString();
            case MONTH -> YearMonth.from(date).toString();
            case SEMESTER -> Semester.containing(date).toString();
            case PERIOD -> period;
        };
    }
}
