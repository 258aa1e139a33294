package fr.gouv.sante.jalons.dashboard;

import org.jspecify.annotations.Nullable;

/**
 * Everything one objective's public page shows, read in one SQL statement: the objective as the
 * listings show it (its row), the latest published period's code (null before the first
 * publication) and the page's own content.
 */
public record ObjectivePage(
        PublicObjective objective, @Nullable String latestPeriod, PublicObjectiveDetails details) {}
