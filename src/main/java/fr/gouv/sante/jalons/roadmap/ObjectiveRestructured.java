package fr.gouv.sante.jalons.roadmap;

/** An administrator changed an objective's structure (title, target, deadline, owners). */
public record ObjectiveRestructured(String code) {}
