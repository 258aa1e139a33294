package fr.gouv.sante.jalons.shared;

/**
 * Where an objective stands at the end of a reporting period. The French labels live in the
 * message bundles under {@code status.<CODE>}.
 */
public enum ProgressStatus {
    ACHIEVED,
    ON_TRACK,
    AT_RISK,
    LATE,
    NOT_STARTED;

    public String messageKey() {
        return "status." + name();
    }
}
