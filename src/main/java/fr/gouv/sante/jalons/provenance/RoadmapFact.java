package fr.gouv.sante.jalons.provenance;

import fr.gouv.sante.jalons.shared.FrenchFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * Something a document says about a roadmap as a whole (its launch, who steers it, how many actions it
 * has), with the sentence it rests on, verbatim.
 *
 * @param occurredOn when it happened or is announced for, as precise as {@code datePrecision} says (the
 *     first day of a month or a year stands for the whole of it); null for an undated fact
 * @param datePrecision {@code DAY}, {@code MONTH} or {@code YEAR}; null for an undated fact
 * @param dateNote how the date was established when the text does not give it whole; may be null
 * @param document the source document's code on {@code /sources}
 * @param documentText the document in French words, as the other sources are named
 * @param excerpt the document's sentence, verbatim
 */
public record RoadmapFact(
        String statement,
        LocalDate occurredOn,
        String datePrecision,
        String dateNote,
        String document,
        String documentText,
        String excerpt) {

    public boolean dated() {
        return occurredOn != null;
    }

    /** In French, as precise as the source: "17 mai 2023", "juin 2019", "2019"; empty when undated. */
    public String french() {
        if (occurredOn == null) {
            return "";
        }
        return switch (datePrecision) {
            case "MONTH" -> FrenchFormat.month(YearMonth.from(occurredOn));
            case "YEAR" -> String.valueOf(occurredOn.getYear());
            default -> FrenchFormat.date(occurredOn);
        };
    }

    /** For machines, as precise as the source: "2023-05-17", "2019-06", "2019"; null when undated. */
    public @Nullable String iso() {

        if (occurredOn == null) {
            return null;
        }
        return switch (datePrecision) {
            case "MONTH" -> YearMonth.from(occurredOn).toString();
            case "YEAR" -> String.valueOf(occurredOn.getYear());
            default -> occurredOn.toString();
        };
    }
}
