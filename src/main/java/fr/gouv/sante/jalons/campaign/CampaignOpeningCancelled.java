package fr.gouv.sante.jalons.campaign;

import org.jspecify.annotations.Nullable;

/**
 * An opening made by mistake was cancelled: {@code period} no longer exists and {@code reopened}
 * (null if none) takes late reports again. Those who got the opening mail must be told.
 */
public record CampaignOpeningCancelled(
        String period, @Nullable String reopened) {}
