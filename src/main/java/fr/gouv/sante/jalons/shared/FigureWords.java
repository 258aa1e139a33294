package fr.gouv.sante.jalons.shared;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * Figures and their dates written as a person reads them, the same on every output: "plus de 3 000
 * ambassadeurs", "+8 500 officines (hausse, pas un total)", "en octobre 2024", "à la date du bilan de
 * décembre 2024", "au moins 90 %". The words are in the message bundles.
 */
public final class FigureWords {

    private FigureWords() {}

    /** The value with its unit and qualifier: "environ 30 services". */
    public static String quantity(
            MessageSource messages, BigDecimal value, @Nullable String unit, @Nullable FigureQualifier qualifier) {
        String plain = message(messages, "quantity", FrenchFormat.number(value), unit);
        return message(messages, (qualifier == null ? FigureQualifier.EXACT : qualifier).messageKey(), plain);
    }

    /**
     * When a figure was measured, as precisely as its source says: "au 31 octobre 2024", "en octobre
     * 2024", "au 1er semestre 2024", "à la date du bilan de décembre 2024".
     *
     * @param bilanMonth the month the figure's period was first published, null while unpublished
     * @param period the figure's reporting period ("2024-S2"), for a figure dated by its bilan only
     */
    public static String when(
            MessageSource messages,
            LocalDate date,
            @Nullable DatePrecision precision,
            @Nullable YearMonth bilanMonth,
            @Nullable String period) {
        return phrase(messages, "measured.", date, precision, bilanMonth, period);
    }

    /**
     * The same date on its own, as in a table's date column: "31 octobre 2024", "octobre 2024", "1er
     * semestre 2024", "date du bilan de décembre 2024".
     */
    public static String date(
            MessageSource messages,
            LocalDate date,
            @Nullable DatePrecision precision,
            @Nullable YearMonth bilanMonth,
            @Nullable String period) {
        return phrase(messages, "measured.label.", date, precision, bilanMonth, period);
    }

    private static String phrase(
            MessageSource messages,
            String prefix,
            LocalDate date,
            @Nullable DatePrecision precision,
            @Nullable YearMonth bilanMonth,
            @Nullable String period) {
        DatePrecision known = precision == null ? DatePrecision.DAY : precision;
        String key = prefix + known.name();
        return switch (known) {
            case DAY -> message(messages, key, FrenchFormat.date(date));
            case MONTH -> message(messages, key, FrenchFormat.month(YearMonth.from(date)));
            case SEMESTER -> {
                Semester semester = Semester.containing(date);
                yield message(messages, key, message(messages, semester.labelKey(), semester.year()));
            }
            case PERIOD ->
                bilanMonth != null
                        ? message(messages, key, FrenchFormat.month(bilanMonth))
                        : message(messages, key + ".unpublished", periodLabel(messages, period, date));
        };
    }

    /** "le 4 juin 2025", or "en décembre 2024" when the source gives only the month. */
    public static String publishedOn(
            MessageSource messages, @Nullable Instant instant, @Nullable DatePrecision precision) {
        if (instant == null) {
            return "";
        }
        DatePrecision known = precision == DatePrecision.MONTH ? DatePrecision.MONTH : DatePrecision.DAY;
        return message(messages, "published.on." + known.name(), FrenchFormat.date(instant, known));
    }

    /**
     * A progress percentage as its figure allows: "au moins 90 %" from a "plus de" figure, "cible
     * dépassée" above 100 %.
     */
    public static String percent(MessageSource messages, int percent, @Nullable FigureQualifier qualifier) {
        if (percent > 100) {
            return message(messages, "indicator.percent.exceeded");
        }
        return message(messages, (qualifier == null ? FigureQualifier.EXACT : qualifier).percentKey(), percent);
    }

    private static String periodLabel(MessageSource messages, @Nullable String period, LocalDate date) {
        Semester semester = period == null ? Semester.containing(date) : Semester.parse(period);
        return message(messages, semester.labelKey(), semester.year());
    }

    private static String message(MessageSource messages, String key, @Nullable Object... arguments) {
        return messages.getMessage(key, arguments, FrenchFormat.FRENCH);
    }
}
