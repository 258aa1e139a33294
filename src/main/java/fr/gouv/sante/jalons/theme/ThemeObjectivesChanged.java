package fr.gouv.sante.jalons.theme;

/** An administrator changed the objectives of a theme: what the public lists of it show has changed. */
public record ThemeObjectivesChanged(String slug) {}
