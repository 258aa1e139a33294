package fr.gouv.sante.jalons.dashboard.web;

import fr.gouv.sante.jalons.shared.Semester;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** French formatting of dates, numbers and periods, with the wording from the message bundles. */
@Component
class Formats {

    static final Locale FRENCH = Locale.FRANCE;
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", FRENCH);

    private final MessageSource messages;

    Formats(MessageSource messages) {
        this.messages = messages;
    }

    String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, FRENCH);
    }

    String date(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    String date(Instant instant) {
        return instant == null ? "" : LONG_DATE.format(instant.atZone(PARIS));
    }

    String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(FRENCH);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    String number(long value) {
        return NumberFormat.getIntegerInstance(FRENCH).format(value);
    }

    /** "2024-S2" reads "2e semestre 2024". */
    String period(String code) {
        if (code == null) {
            return "";
        }
        Semester semester = Semester.parse(code);
        return message("period.label." + semester.half(), semester.year());
    }

    /** A value with its unit: "1 134 établissements", "29 %". */
    String quantity(BigDecimal value, String unit) {
        return message("quantity", number(value), unit);
    }
}
