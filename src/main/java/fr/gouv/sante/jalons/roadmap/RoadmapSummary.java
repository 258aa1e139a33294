package fr.gouv.sante.jalons.roadmap;

import org.jspecify.annotations.Nullable;

/**
 * A roadmap, such as the Feuille de route du numérique en santé 2023-2027.
 *
 * @param slug its name in public URLs: {@code 2023-2027}, {@code masante-2022}
 * @param periodNote how its years were established when no document states them whole, shown with
 *     them; null when a document does
 */
public record RoadmapSummary(
        long id,
        String code,
        String title,
        int startYear,
        int endYear,
        String slug,
        RoadmapState state,
        @Nullable String periodNote) {

    public boolean current() {
        return state == RoadmapState.CURRENT;
    }
}
