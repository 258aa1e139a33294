package fr.gouv.sante.jalons.account;

/**
 * The signed-in person, as the services see it.
 *
 * @param organisationAcronym the organisation an EDITOR or READER acts for; null for an ADMIN
 */
public record CurrentUser(long id, String email, String displayName, Role role, Long organisationId,
                          String organisationAcronym) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** How the audit trail names this person. */
    public String label() {
        return organisationAcronym == null
                ? displayName + " <" + email + "> (" + role + ")"
                : displayName + " <" + email + "> (" + role + ", " + organisationAcronym + ")";
    }
}
