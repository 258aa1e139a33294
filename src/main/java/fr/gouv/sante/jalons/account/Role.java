package fr.gouv.sante.jalons.account;

/** What a user may do: run the campaign (ADMIN), update an organisation's objectives (EDITOR), or read them (READER). */
public enum Role {
    ADMIN,
    EDITOR,
    READER;

    public String messageKey() {
        return "role." + name();
    }
}
