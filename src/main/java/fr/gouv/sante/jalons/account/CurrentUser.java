package fr.gouv.sante.jalons.account;

import java.io.Serial;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in person, as the services see it.
 *
 * @param organisationAcronym the organisation an EDITOR or READER acts for; null for an ADMIN
 */
public record CurrentUser(
        long id,
        String email,
        String displayName,
        Role role,
        @Nullable Long organisationId,
        @Nullable String organisationAcronym)
        implements Serializable {

    // Held in the session, which Spring Session stores serialised in PostgreSQL (shared by the nodes).
    @Serial
    private static final long serialVersionUID = 1L;

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
