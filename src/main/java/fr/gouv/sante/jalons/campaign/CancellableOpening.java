package fr.gouv.sante.jalons.campaign;

import org.jspecify.annotations.Nullable;

/**
 * The open campaign, while its opening can still be cancelled (nothing saved in it yet).
 *
 * @param reopens the period that takes late reports again, null if the opening closed none
 * @param periodVersion the open period's version, so that a cancellation of a changed campaign is refused
 */
public record CancellableOpening(String period, @Nullable String reopens, long periodVersion) {}
