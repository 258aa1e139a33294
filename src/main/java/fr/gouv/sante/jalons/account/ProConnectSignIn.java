package fr.gouv.sante.jalons.account;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * Sign-in with ProConnect, as the back office's chain takes it from the module that provides it (a
 * bean only when ProConnect is configured). Without one, accounts sign in with their password alone
 * and the "ProConnect only" flag is ignored, so that passwords stay the fallback.
 */
public interface ProConnectSignIn {

    /** The client registration's id, which a ProConnect session's authentication names. */
    String REGISTRATION = "proconnect";

    /**
     * The sign-in page's query parameter saying why a ProConnect sign-in was refused, in one of the
     * words that page knows ({@code inconnu}, {@code desactive}, {@code siret}, {@code identite},
     * {@code incomplete}, {@code uniquement}; any other says it failed).
     */
    String REFUSAL_PARAMETER = "proconnect";

    /** The flash attribute with what the refusal's sentence names (the address; or the two SIRETs). */
    String REFUSAL_DETAILS = "proConnectDetails";

    /**
     * Where ProConnect sends people back once signed out there (its {@code post_logout_redirect_uri}):
     * a path without a query, to which ProConnect adds its {@code state}. It leads to the sign-in page
     * saying "Vous êtes déconnecté".
     */
    String SIGNED_OUT_PATH = "/connexion/deconnecte";

    /**
     * Adds ProConnect's sign-in to the back office's chain. A signed-in identity leads where
     * {@code landing} says; a refused one back to {@code loginPage}, saying why.
     */
    void configure(HttpSecurity http, String loginPage, AuthenticationSuccessHandler landing) throws Exception;

    /** Where the button and signing out lead: the origins of ProConnect's authorization and end-session endpoints. */
    List<String> origins();

    /**
     * Where signing out leads a ProConnect session: ProConnect's own sign-out first. Null for any other
     * session, or when the provider publishes no such endpoint.
     */
    @Nullable
    String endSession(HttpServletRequest request, @Nullable Authentication authentication);
}
