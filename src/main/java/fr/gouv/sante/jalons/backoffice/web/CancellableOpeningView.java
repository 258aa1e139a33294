package fr.gouv.sante.jalons.backoffice.web;

/**
 * The open campaign whose opening can still be cancelled.
 *
 * @param reopensLabel the period that takes late reports again, null when the opening closed none
 */
record CancellableOpeningView(String periodLabel, String reopensLabel, long version) {}
