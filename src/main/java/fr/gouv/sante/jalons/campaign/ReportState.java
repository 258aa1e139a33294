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

    /** An editor may still change it. */
    public boolean editable() {
        return this == TODO || this == DRAFT || this == RETURNED;
    }
}
