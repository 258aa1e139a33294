package fr.gouv.sante.jalons.apiaccess;

/** What a token may do with its organisation's progress reports, beyond reading them. */
public enum TokenScope {
    /** Write drafts: a person still submits them from the workspace. */
    DRAFTS,
    /** Write drafts and submit them for the DNS's review. */
    SUBMIT;

    public String messageKey() {
        return "api-token.scope." + name();
    }

    public boolean maySubmit() {
        return this == SUBMIT;
    }
}
