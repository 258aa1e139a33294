package fr.gouv.sante.jalons.account.domain;

import fr.gouv.sante.jalons.account.CurrentUser;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user held in the session; the password hash is erased after authentication. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    private final CurrentUser user;
    private final boolean enabled;
    private final int sessionGeneration;
    private String passwordHash;

    AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, int sessionGeneration) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.sessionGeneration = sessionGeneration;
    }

    public CurrentUser user() {
        return user;
    }

    /** The account's session generation when this session signed in (see {@code AccountFreshnessFilter}). */
    int sessionGeneration() {
        return sessionGeneration;
    }

    /** The same session with the account's current rights (no password: it was erased at sign-in). */
    AccountPrincipal withUser(CurrentUser current) {
        return new AccountPrincipal(current, null, enabled, sessionGeneration);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
    }

    @Override
    public String getPassword() {
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
