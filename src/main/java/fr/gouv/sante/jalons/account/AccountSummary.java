package fr.gouv.sante.jalons.account;

import org.jspecify.annotations.Nullable;

/**
 * A user as the administration page lists it.
 *
 * @param invitationPending the person has not chosen a password from the invitation yet
 * @param proConnectOnly the DNS set the account to sign in with ProConnect only
 * @param proConnectLinked the account signed in with ProConnect once (its identity's uid is remembered)
 */
public record AccountSummary(
        long id,
        String email,
        String displayName,
        Role role,
        @Nullable String organisationAcronym,
        boolean enabled,
        boolean invitationPending,
        boolean proConnectOnly,
        boolean proConnectLinked) {}
