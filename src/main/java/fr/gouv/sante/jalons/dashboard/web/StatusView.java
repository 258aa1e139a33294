package fr.gouv.sante.jalons.dashboard.web;

import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.shared.StatusBasis;
import fr.gouv.sante.jalons.shared.web.StatusBadge;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a status is shown: its badge (text and icon, never colour alone: {@link StatusBadge}, shared
 * with the other public pages), its chart colour and the slug of the objective list's filter.
 *
 * @param code the status code, or {@code NONE} when nothing was published
 * @param inferred reconstructed from a document's text, not documented: the badge says so in words
 */
public record StatusView(
        String code, String labelKey, String badgeClass, String chartClass, String slug, boolean inferred) {

    static final StatusView NONE = new StatusView("NONE", StatusBadge.NONE, "chart-none", "non-publie");

    private StatusView(String code, StatusBadge badge, String chartClass, String slug) {
        this(code, badge.labelKey(), badge.badgeClass(), chartClass, slug, badge.inferred());
    }

    /** The status with its basis: an inferred one is marked as reconstructed. */
    static StatusView of(@Nullable ProgressStatus status, @Nullable StatusBasis basis) {
        if (status == null) {
            return NONE;
        }
        StatusBadge badge = StatusBadge.of(status, basis);
        return switch (status) {
            case ACHIEVED -> new StatusView(status.name(), badge, "chart-achieved", "atteint");
            case ON_TRACK -> new StatusView(status.name(), badge, "chart-on-track", "en-bonne-voie");
            case AT_RISK -> new StatusView(status.name(), badge, "chart-at-risk", "a-surveiller");
            case LATE -> new StatusView(status.name(), badge, "chart-late", "en-retard");
            case NOT_STARTED -> new StatusView(status.name(), badge, "chart-not-started", "non-demarre");
        };
    }

    static StatusView of(@Nullable ProgressStatus status) {
        return of(status, StatusBasis.DOCUMENTED);
    }

    /** The status a URL slug such as {@code en-retard} names, if any. */
    static Optional<ProgressStatus> fromSlug(String slug) {
        for (ProgressStatus status : ProgressStatus.values()) {
            if (of(status).slug().equals(slug)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
