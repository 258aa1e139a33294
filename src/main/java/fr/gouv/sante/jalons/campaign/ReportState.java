package fr.gouv.sante.jalons.campaign;

/**
 * Where a progress report stands in its period's campaign. {@code TODO} means no report was started
 * yet; the others are stored.
 */
public enum ReportState {
    TODO,
    DRAFT,
    SUBMITTED,
    RETURNED,
    VALIDATED,
    PUBLISHED;

    public String messageKey() {
        return "report.state." + name();
    }

    /** The DSFR badge classes that show it, next to its words (never colour alone). */
    public String badgeClass() {
        return switch (this) {
            case TODO -> "fr-badge--no-icon";
            case DRAFT -> "fr-badge--new";
            case SUBMITTED -> "fr-badge--info";
            case RETURNED -> "fr-badge--warning";
            case VALIDATED, PUBLISHED -> "fr-badge--success";
        };
    }

    /** An editor may still change it. */
    public boolean editable() {
        return this == TODO || this == DRAFT || this == RETURNED;
    }
}
