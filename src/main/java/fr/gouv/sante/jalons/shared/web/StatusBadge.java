package fr.gouv.sante.jalons.shared.web;

import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.shared.StatusBasis;
import org.jspecify.annotations.Nullable;

/**
 * How a status is shown wherever the public sees one (the fragment {@code components :: badge}): a
 * DSFR badge with text and an icon or a colour word, never colour alone, and "reconstitué" in words
 * when it was inferred from a document's text. The one mapping from a status to its badge, so that the
 * objective list, an objective's page and a theme's page cannot drift apart.
 *
 * @param labelKey the status's message key ({@code status.NONE} when nothing was published)
 * @param badgeClass the DSFR classes added to {@code fr-badge}
 * @param inferred reconstructed from a document's text, not documented
 */
public record StatusBadge(String labelKey, String badgeClass, boolean inferred) {

    /** Nothing published yet. */
    public static final StatusBadge NONE =
            new StatusBadge("status.NONE", "fr-badge--icon-left fr-icon-question-line", false);

    /** The badge of a documented status, or {@link #NONE} for no status. */
    public static StatusBadge of(@Nullable ProgressStatus status) {
        return of(status, StatusBasis.DOCUMENTED);
    }

    /** The badge of a status with what it rests on: an inferred one says so. */
    public static StatusBadge of(@Nullable ProgressStatus status, @Nullable StatusBasis basis) {
        if (status == null) {
            return NONE;
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
