package fr.gouv.sante.jalons.governance;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A governance body with its meetings, newest first.
 *
 * @param parentName the body it belongs to (a working group's council), null if none
 * @param sourceDocument the document that describes it, null for a grouping of Jalons' own (events);
 *     {@code sourceExcerpt} its sentence, verbatim
 */
public record BodySummary(
        long id,
        String slug,
        BodyKind kind,
        String name,
        @Nullable String parentSlug,
        @Nullable String parentName,
        @Nullable String description,
        @Nullable String sourceDocument,
        @Nullable String sourceExcerpt,
        List<MeetingSummary> meetings) {

    public BodySummary {
        meetings = List.copyOf(meetings);
    }
}
