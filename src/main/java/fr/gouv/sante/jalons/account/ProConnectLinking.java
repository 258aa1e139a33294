package fr.gouv.sante.jalons.account;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * What the ProConnect sign-in (which decides which account an identity signs in to) reads and records
 * of accounts: the account an address designates, the uid of its ProConnect identity, and the session
 * it opens. It checks no rights: ProConnect vouched for the person, and the caller checks the rest.
 */
public interface ProConnectLinking {

    /** The account with this address (lower case, as accounts store it), enabled or not. */
    Optional<Candidate> candidate(String email);

    /**
     * Remembers the uid of the account's ProConnect identity, at its first ProConnect sign-in; in the
     * audit trail ("Première connexion avec ProConnect").
     */
    void rememberUid(long accountId, String uid);

    /**
     * The session's principal for the account as it stands now, signed in with ProConnect: it keeps
     * the ID token ({@code acr}, {@code amr}, and the {@code id_token_hint} of signing out).
     */
    OidcUser signIn(long accountId, OidcIdToken idToken);

    /**
     * An account a ProConnect identity may sign in to, once checked.
     *
     * @param organisationId null for an administrator
     * @param proConnectUid the uid remembered at its first ProConnect sign-in, or null
     */
    record Candidate(
            long id,
            boolean enabled,
            @Nullable Long organisationId,
            @Nullable String proConnectUid) {}
}
