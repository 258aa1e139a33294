package fr.gouv.sante.jalons.account.domain;

import fr.gouv.sante.jalons.account.ProConnectSignIn;
import java.io.Serial;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * An account signed in with ProConnect. It keeps the identity's ID token, whose {@code acr} and
 * {@code amr} say how the person authenticated and which signing out at ProConnect requires
 * ({@code id_token_hint}); nothing else of ProConnect's answer, and no access token.
 */
public final class ProConnectPrincipal extends AccountPrincipal implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcIdToken idToken;

    ProConnectPrincipal(AccountPrincipal account, OidcIdToken idToken) {
        super(account.user(), null, account.isEnabled(), account.sessionGeneration(), account.proConnectOnly());
        this.idToken = idToken;
    }

    @Override
    AccountPrincipal refreshedFrom(AccountPrincipal current) {
        return new ProConnectPrincipal(current, idToken);
    }

    /** The authentication that holds it, as Spring Security's OpenID Connect sign-in makes it. */
    OAuth2AuthenticationToken authentication() {
        return new OAuth2AuthenticationToken(this, getAuthorities(), ProConnectSignIn.REGISTRATION);
    }

    /** The authentication context class ProConnect gave ({@code eidas1}...), if any. */
    public @Nullable String acr() {
        return idToken.getAuthenticationContextClass();
    }

    /** The authentication methods ProConnect gave ({@code pwd}, {@code mfa}...), if any. */
    public List<String> amr() {
        List<String> methods = idToken.getAuthenticationMethods();
        return methods == null ? List.of() : List.copyOf(methods);
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public @Nullable OidcUserInfo getUserInfo() {
        return null;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
