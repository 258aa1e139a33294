package fr.gouv.sante.jalons.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/**
 * Dates and numbers as French readers write them: "31 décembre 2026", "1er décembre 2026" (the first
 * day of a month is an ordinal in French), "1 134", "12,5".
 */
public final class FrenchFormat {

    public static final Locale FRENCH = Locale.FRANCE;
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", FRENCH);
    private static final DateTimeFormatter FIRST_DAY = DateTimeFormatter.ofPattern("d'er' MMMM yyyy", FRENCH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm", FRENCH);

    private FrenchFormat() {}

    public static String date(@Nullable LocalDate date) {
        if (date == null) {
            return "";
        }
        return (date.getDayOfMonth() == 1 ? FIRST_DAY : DATE).format(date);
    }

    /** The day, in Paris. */
    public static String date(@Nullable Instant instant) {
        return instant == null ? "" : date(instant.atZone(PARIS).toLocalDate());
    }

    /** "décembre 2024". */
    public static String month(@Nullable YearMonth month) {
        return month == null ? "" : MONTH.format(month);
    }

    /** The month, in Paris. */
    @Contract("null -> null; !null -> !null")
    public static @Nullable YearMonth month(@Nullable Instant instant) {
        return instant == null ? null : YearMonth.from(instant.atZone(PARIS));
    }

    /**
     * A publication date as precise as its source: "4 juin 2025" for a day, "décembre 2024" when the
     * source gives only the month.
     */
    public static String date(@Nullable Instant instant, @Nullable DatePrecision precision) {
        if (instant == null) {
            return "";
        }
        return precision == DatePrecision.DAY || precision == null ? date(instant) : month(month(instant));
    }

    /**
     * A deadline as precise as its source, the one way every page, export, bilan and feed writes it:
     * "30 juin 2025" (DAY), "mai 2023" (MONTH), "1er trimestre 2025" (QUARTER), "1er semestre 2025"
     * (SEMESTER), "fin 2024" (YEAR). The stored day of a coarser deadline (the last of its period) is
     * never written. A static formatter rather than message keys, so that the domain, the audit
     * trail's pages and the exports, which have no message source at hand, write the same words.
     */
    public static String deadline(Deadline deadline) {
        if (deadline == null) {
            return "";
        }
        LocalDate date = deadline.date();
        return switch (deadline.precision()) {
            case DAY -> date(date);
            case MONTH -> month(YearMonth.from(date));
            case QUARTER -> ordinal(Deadline.quarterOf(date)) + " trimestre " + date.getYear();
            case SEMESTER -> ordinal(date.getMonthValue() <= 6 ? 1 : 2) + " semestre " + date.getYear();
            case YEAR -> "fin " + date.getYear();
        };
    }

    /**
     * When a dated target is due, to follow a value: "au 30 juin 2025", "en mai 2023", "au 1er trimestre
     * 2025", "au 1er semestre 2025", "fin 2024" (as in "cible 1 200 établissements fin 2024").
     */
    public static String deadlineAt(Deadline deadline) {
        if (deadline == null) {
            return "";
        }
        return switch (deadline.precision()) {
            case DAY, QUARTER, SEMESTER -> "au " + deadline(deadline);
            case MONTH -> "en " + deadline(deadline);
            case YEAR -> deadline(deadline);
        };
    }

    /** "1er", "2e", "3e": French ordinals of a quarter or a semester. */
    private static String ordinal(int number) {
        return number == 1 ? "1er" : number + "e";
    }

    /** The day and time, in Paris. */
    public static String dateTime(@Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        var paris = instant.atZone(PARIS);
        return date(paris.toLocalDate()) + " à " + TIME.format(paris);
    }

    public static String number(@Nullable BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(FRENCH);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
