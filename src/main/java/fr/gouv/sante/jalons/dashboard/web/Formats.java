package fr.gouv.sante.jalons.dashboard.web;

import fr.gouv.sante.jalons.publication.MeasurementValue;
import fr.gouv.sante.jalons.shared.DatePrecision;
import fr.gouv.sante.jalons.shared.Deadline;
import fr.gouv.sante.jalons.shared.FigureWords;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.IndicatorProgress;
import fr.gouv.sante.jalons.shared.Semester;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
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

    /** "fin 2024", "1er trimestre 2024", "30 juin 2025": never a day the source did not give. */
    String deadline(Deadline deadline) {
        return FrenchFormat.deadline(deadline);
    }

    /** A target's due date after its value: "au 31 décembre 2024", "fin 2024", "au 1er trimestre 2024". */
    String deadlineAt(Deadline deadline) {
        return FrenchFormat.deadlineAt(deadline);
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

    /** A measurement as its source states it: "plus de 3 000 ambassadeurs". */
    String figure(MeasurementValue measurement, String unit) {
        return FigureWords.quantity(messages, measurement.value(), unit, measurement.qualifier());
    }

    /** When it was measured, as precisely as its source: "en octobre 2024", "à la date du bilan de décembre 2024". */
    String when(MeasurementValue m) {
        return FigureWords.when(messages, m.date(), m.datePrecision(), m.bilanMonth(), m.period());
    }

    /** The same date for a table's date column: "octobre 2024". */
    String measuredDate(MeasurementValue m) {
        return FigureWords.date(messages, m.date(), m.datePrecision(), m.bilanMonth(), m.period());
    }

    /** "au moins 90 %", "cible dépassée". */
    String percent(IndicatorProgress progress) {
        Integer percent = progress.percent();
        return percent == null ? "" : FigureWords.percent(messages, percent, progress.percentQualifier());
    }

    /** "le 4 juin 2025" or "en décembre 2024". */
    String publishedOn(@Nullable Instant instant, @Nullable DatePrecision precision) {
        return FigureWords.publishedOn(messages, instant, precision);
    }

    /** A value with its unit: "1 134 établissements", "29 %". */
    String quantity(BigDecimal value, String unit) {
        return message("quantity", number(value), unit);
    }
}
