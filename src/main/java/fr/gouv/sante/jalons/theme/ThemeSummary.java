package fr.gouv.sante.jalons.theme;

/** A theme in the list of themes: how many objectives and items of its own it holds. */
public record ThemeSummary(String slug, String title, String description, int objectiveCount, int itemCount) {}
