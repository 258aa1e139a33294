package fr.gouv.sante.jalons.account;

import org.jspecify.annotations.Nullable;

/**
 * A user as the administration page lists it.
 *
 * @param invitationPending the person has not chosen a password from the invitation yet
 */
public record AccountSummary(
        long id,
        String email,
        String displayName,
        Role role,
        @Nullable String organisationAcronym,
        boolean enabled,
        boolean invitationPending) {}
