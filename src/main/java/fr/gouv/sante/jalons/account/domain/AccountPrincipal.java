package fr.gouv.sante.jalons.account.domain;

import fr.gouv.sante.jalons.account.CurrentUser;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user held in the session; the password hash is erased after authentication. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    private final CurrentUser user;
    private final boolean enabled;
    private final int sessionGeneration;
    private @Nullable String passwordHash;

    AccountPrincipal(CurrentUser user, @Nullable String passwordHash, boolean enabled, int sessionGeneration) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.sessionGeneration = sessionGeneration;
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
