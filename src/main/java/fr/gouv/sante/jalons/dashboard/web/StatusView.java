package fr.gouv.sante.jalons.dashboard.web;

import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.shared.StatusBasis;

/**
 * How a status is shown: a DSFR badge with text and icon (never colour alone) and a chart colour.
 *
 * @param code the status code, or {@code NONE} when nothing was published
 * @param inferred reconstructed from a document's text, not documented: the badge says so in words
 */
public record StatusView(
        String code, String labelKey, String badgeClass, String chartClass, String slug, boolean inferred) {

    static final StatusView NONE = new StatusView(
            "NONE", "status.NONE", "fr-badge--icon-left fr-icon-question-line", "chart-none", "non-publie");

    StatusView(String code, String labelKey, String badgeClass, String chartClass, String slug) {
        this(code, labelKey, badgeClass, chartClass, slug, false);
    }

    /** The status with its basis: an inferred one is marked as reconstructed. */
    static StatusView of(ProgressStatus status, StatusBasis basis) {
        StatusView view = of(status);
        return basis == StatusBasis.INFERRED && status != null
                ? new StatusView(view.code, view.labelKey, view.badgeClass, view.chartClass, view.slug, true)
                : view;
    }

    static StatusView of(ProgressStatus status) {
        if (status == null) {
            return NONE;
        }
        return switch (status) {
            case ACHIEVED ->
                new StatusView(status.name(), status.messageKey(), "fr-badge--success", "chart-achieved", "atteint");
            case ON_TRACK ->
                new StatusView(
                        status.name(),
                        status.messageKey(),
                        "fr-badge--blue-ecume fr-badge--icon-left fr-icon-arrow-right-up-line",
                        "chart-on-track",
                        "en-bonne-voie");
            case AT_RISK ->
                new StatusView(
                        status.name(), status.messageKey(), "fr-badge--warning", "chart-at-risk", "a-surveiller");
            case LATE ->
                new StatusView(status.name(), status.messageKey(), "fr-badge--error", "chart-late", "en-retard");
            case NOT_STARTED ->
                new StatusView(
                        status.name(),
                        status.messageKey(),
                        "fr-badge--icon-left fr-icon-pause-circle-line",
                        "chart-not-started",
                        "non-demarre");
        };
    }

    /** The status a URL slug such as {@code en-retard} names, if any. */
    static java.util.Optional<ProgressStatus> fromSlug(String slug) {
        for (ProgressStatus status : ProgressStatus.values()) {
            if (of(status).slug().equals(slug)) {
                return java.util.Optional.of(status);
            }
        }
        return java.util.Optional.empty();
    }
}
