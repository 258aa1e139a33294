package fr.gouv.sante.jalons.roadmap;

/** A roadmap, such as the Feuille de route du numérique en santé 2023-2027. */
public record RoadmapSummary(long id, String code, String title, int startYear, int endYear) {}
