package fr.gouv.sante.jalons.theme;

import java.util.List;

/**
 * A theme with its objectives (by id, in no particular order) and its own items, in the document's
 * order.
 *
 * @param sourceDocument the document the theme comes from, as it names itself
 */
public record ThemeDetails(
        String slug,
        String title,
        String description,
        String sourceDocument,
        List<AssignedObjective> objectives,
        List<Item> items) {

    public ThemeDetails {
        objectives = List.copyOf(objectives);
        items = List.copyOf(items);
    }

    /**
     * An objective of the theme; {@code sourceExcerpt} is the document's sentence that names it, null
     * when the document does not (an administrator added it).
     */
    public record AssignedObjective(long objectiveId, String sourceExcerpt) {}

    /** A measure of the document that matches no objective: its title and the document's sentence, verbatim. */
    public record Item(String title, String sourceExcerpt) {}
}
