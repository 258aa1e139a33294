package fr.gouv.sante.jalons.roadmap;

/**
 * A roadmap, such as the Feuille de route du numérique en santé 2023-2027.
 *
 * @param slug its name in public URLs: {@code 2023-2027}, {@code masante-2022}
 */
public record RoadmapSummary(
        long id, String code, String title, int startYear, int endYear, String slug, RoadmapState state) {

    public boolean current() {
        return state == RoadmapState.CURRENT;
    }
}
