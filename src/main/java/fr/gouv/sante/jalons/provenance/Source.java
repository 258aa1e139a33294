package fr.gouv.sante.jalons.provenance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where one fact about an objective comes from: a document ({@code document} is its code) or an action
 * in Jalons ({@code document} null; {@code enteredBy} the organisation that entered the report, if one
 * did; {@code publishedOn} the day the DNS published it).
 *
 * @param about {@code STRUCTURE} (title, target, deadline, owners, indicators) or {@code STATUS}
 * @param period for a status, the period of the report it comes from; null for the structure
 * @param text the source in French words, as pages and the API show it
 */
public record Source(
        String about,
        @Nullable String period,
        @Nullable String document,
        @Nullable String enteredBy,
        @Nullable LocalDate publishedOn,
        String text) {

    public static final String STRUCTURE = "STRUCTURE";
    public static final String STATUS = "STATUS";
}
