package fr.gouv.sante.jalons.backoffice.web;

import org.jspecify.annotations.Nullable;

/**
 * The confirmation page of an opening: what it does, in words, and the form values to confirm.
 *
 * @param closingLabel the period that closes for good, null when none does
 */
record CampaignOpeningView(
        String period,
        String periodLabel,
        String dueOn,
        String dueOnLabel,
        @Nullable String closingLabel,
        long unpublishedKept,
        int recipients) {

    public boolean closes() {
        return closingLabel != null;
    }
}
