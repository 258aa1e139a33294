package fr.gouv.sante.jalons.dashboard.web;

import fr.gouv.sante.jalons.shared.ProgressStatus;

/**
 * How a status is shown: a DSFR badge with text and icon (never colour alone) and a chart colour.
 *
 * @param code the status code, or {@code NONE} when nothing was published
 */
public record StatusView(String code, String labelKey, String badgeClass, String chartClass, String slug) {

    static final StatusView NONE = new StatusView(
            "NONE", "status.NONE", "fr-badge--icon-left fr-icon-question-line", "chart-none", "non-publie");

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
