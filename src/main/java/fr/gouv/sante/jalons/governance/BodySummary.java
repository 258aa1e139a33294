package fr.gouv.sante.jalons.governance;

import java.util.List;

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
        String parentSlug,
        String parentName,
        String description,
        String sourceDocument,
        String sourceExcerpt,
        List<MeetingSummary> meetings) {

    public BodySummary {
        meetings = List.copyOf(meetings);
    }
}
