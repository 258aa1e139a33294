package fr.gouv.sante.jalons.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and numbers as French readers write them: "31 décembre 2026", "1 134", "12,5". */
public final class FrenchFormat {

    public static final Locale FRENCH = Locale.FRANCE;
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", FRENCH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", FRENCH)
            .withZone(PARIS);

    private FrenchFormat() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The day, in Paris. */
    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(PARIS));
    }

    /** The day and time, in Paris. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(FRENCH);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
