package fr.gouv.sante.jalons.account;

import jakarta.servlet.Filter;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * What the web layer's back-office filter chain needs from accounts: the account read again on every
 * request, and where a refused login goes. Passwords and the authentication provider are beans of
 * this module too; the URLs, chains and headers belong to the {@code web} module.
 */
public interface BackOfficeAuthentication {

    /** The session cookie's name, deleted at logout. */
    String SESSION_COOKIE = "JALONS_SESSION";

    /** Reads the signed-in account again before authorisation: revoked rights end at once. */
    Filter revalidation();

    /**
     * The login page again, saying why (wrong credentials, or how long to wait when throttled), with
     * the address typed.
     */
    AuthenticationFailureHandler loginFailure();

    /**
     * Where a sign-in leads when no page was asked for before: the administrators' campaign, or one's
     * objectives (a path, never a host).
     */
    String landingPage(Authentication authentication);

    /** The user signed in for the current request, or null for an anonymous visitor. */
    CurrentUser signedIn();
}
