package fr.gouv.sante.jalons.governance;

/** What a governance body is; its French name is the message {@code governance.kind.<name>}. */
public enum BodyKind {
    COUNCIL,
    WORKING_GROUP,
    CHARTER_REVIEW,
    EVENT;

    public String messageKey() {
        return "governance.kind." + name();
    }
}
