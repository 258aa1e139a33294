package fr.gouv.sante.jalons.theme;

import java.util.Set;

/** A theme's objectives as the administrators' form shows them, with the theme's version. */
public record ThemeAssignment(String slug, String title, Set<Long> objectiveIds, long version) {

    public ThemeAssignment {
        objectiveIds = Set.copyOf(objectiveIds);
    }
}
