package fr.gouv.sante.jalons.theme.web;

import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.shared.StatusBasis;

/**
 * A status as the public objective list shows it (the fragment {@code components :: badge}): text and
 * icon, never colour alone, and "reconstitué" when it was inferred from a document's text. The same
 * classes as the dashboard's own badges, which its web package keeps to itself.
 */
record StatusBadge(String labelKey, String badgeClass, boolean inferred) {

    static StatusBadge of(ProgressStatus status, StatusBasis basis) {
        if (status == null) {
            return new StatusBadge("status.NONE", "fr-badge--icon-left fr-icon-question-line", false);
        }
        String badgeClass = switch (status) {
            case ACHIEVED -> "fr-badge--success";
            case ON_TRACK -> "fr-badge--blue-ecume fr-badge--icon-left fr-icon-arrow-right-up-line";
            case AT_RISK -> "fr-badge--warning";
            case LATE -> "fr-badge--error";
            case NOT_STARTED -> "fr-badge--icon-left fr-icon-pause-circle-line";
        };
        return new StatusBadge(status.messageKey(), badgeClass, basis == StatusBasis.INFERRED);
    }
}
