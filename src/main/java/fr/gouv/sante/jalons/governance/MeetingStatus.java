package fr.gouv.sante.jalons.governance;

/**
 * Whether a meeting was held, or only announced: a meeting a document announces stays announced until
 * a source says it was held, even once its date has passed.
 */
public enum MeetingStatus {
    HELD,
    ANNOUNCED;

    public String messageKey() {
        return "governance.status." + name();
    }
}
