package fr.gouv.sante.jalons.backoffice.web;

import org.jspecify.annotations.Nullable;

/**
 * The open campaign whose opening can still be cancelled.
 *
 * @param reopensLabel the period that takes late reports again, null when the opening closed none
 */
record CancellableOpeningView(String periodLabel, @Nullable String reopensLabel, long version) {}
