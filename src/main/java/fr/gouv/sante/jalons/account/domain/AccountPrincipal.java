package fr.gouv.sante.jalons.account.domain;

import fr.gouv.sante.jalons.account.CurrentUser;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user held in the session; the password hash is erased after authentication. A
 * ProConnect sign-in holds a {@link ProConnectPrincipal}, which also keeps what ProConnect said.
 */
public sealed class AccountPrincipal implements UserDetails, CredentialsContainer permits ProConnectPrincipal {

    // Held in the session, which Spring Session stores serialised in PostgreSQL (shared by the nodes).
    // The value Java computed for the class before it had one: the sessions stored by the previous
    // version stay readable after an upgrade (a field added since reads as false), instead of failing.
    @Serial
    private static final long serialVersionUID = 5675693774855288172L;

    private final CurrentUser user;
    private final boolean enabled;
    private final int sessionGeneration;
    private final boolean proConnectOnly;
    private @Nullable String passwordHash;

    AccountPrincipal(
            CurrentUser user,
            @Nullable String passwordHash,
            boolean enabled,
            int sessionGeneration,
            boolean proConnectOnly) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.sessionGeneration = sessionGeneration;
        this.proConnectOnly = proConnectOnly;
    }

    /** The same account as {@code current} says it is now, signed in the way this session was. */
    AccountPrincipal refreshedFrom(AccountPrincipal current) {
        return current;
    }

    /** The DNS allows this account to sign in with ProConnect only: its password is refused. */
    boolean proConnectOnly() {
        return proConnectOnly;
    }

    /** The account's session generation when this session signed in (see {@link AccountRevalidationFilter}). */
    int sessionGeneration() {
        return sessionGeneration;
    }

    public CurrentUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.email();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
