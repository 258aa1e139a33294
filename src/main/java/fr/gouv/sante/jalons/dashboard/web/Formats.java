package fr.gouv.sante.jalons.dashboard.web;

import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.Semester;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** French formatting of dates, numbers and periods, with the wording from the message bundles. */
@Component
class Formats {

    static final Locale FRENCH = FrenchFormat.FRENCH;

    private final MessageSource messages;

    Formats(MessageSource messages) {
        this.messages = messages;
    }

    String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, FRENCH);
    }

    String date(LocalDate date) {
        return FrenchFormat.date(date);
    }

    String date(Instant instant) {
        return FrenchFormat.date(instant);
    }

    String number(BigDecimal value) {
        return FrenchFormat.number(value);
    }

    /** "2024-S2" reads "2e semestre 2024". */
    String period(String code) {
        if (code == null) {
            return "";
        }
        Semester semester = Semester.parse(code);
        return message(semester.labelKey(), semester.year());
    }

    /** A value with its unit: "1 134 établissements", "29 %". */
    String quantity(BigDecimal value, String unit) {
        return message("quantity", number(value), unit);
    }
}
