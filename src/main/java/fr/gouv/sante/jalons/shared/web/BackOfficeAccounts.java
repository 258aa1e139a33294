package fr.gouv.sante.jalons.shared.web;

import jakarta.servlet.Filter;
import java.util.List;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * What the back office's filter chain (in the {@code web} module) needs from the module that keeps
 * the accounts, which implements it: the account read again on every request, its sign-in and
 * sign-out addresses, where a refused login goes, where a sign-in leads, the other ways of signing in
 * and out, and the administrators' role. The chains, cookies and headers stay the {@code web} module's; passwords, the authentication
 * provider and the pages stay the accounts' (which also declares them as a {@link BackOfficeArea}).
 * It sits here, with the other contracts between the features and the web layer ({@link BackOffice}),
 * so that neither module names the other.
 */
public interface BackOfficeAccounts {

    /** The sign-in page, where its form also posts. */
    String loginPage();

    /** Where the sign-out form posts. */
    String logoutPath();

    /** Where a signed-out person lands. */
    String loggedOutPage();

    /** The page that says access is refused (403). */
    String accessDeniedPage();

    /** The role (without {@code ROLE_}) the {@link BackOfficeArea.Access#ADMINISTRATORS} paths require. */
    String administratorRole();

    /**
     * Reads the signed-in account again before authorisation, so that revoked rights end at once. A new
     * instance on each call, never a bean: Spring Boot would also register a filter bean for every URL.
     */
    Filter revalidation();

    /** The login page again, saying why (wrong credentials, or how long to wait when throttled). */
    AuthenticationFailureHandler loginFailure();

    /** Where a sign-in leads when no page was asked for before (a path, never a host). */
    String landingPage(Authentication authentication);

    /**
     * Adds the other ways of signing in (an identity federation, when one is configured) to the back
     * office's chain; a sign-in by any of them leads where {@code landing} says, as a password's does.
     */
    void addSignIns(HttpSecurity http, AuthenticationSuccessHandler landing) throws Exception;

    /**
     * Where signing out leads: {@link #loggedOutPage()}, through the identity provider's own sign-out
     * first when the session came from it.
     */
    LogoutSuccessHandler logoutSuccess();

    /**
     * The other sites (origins, e.g. {@code https://identity.example}) where signing in or out
     * leads from a form: the identity provider's, when one is configured; none otherwise.
     */
    List<String> formTargets();
}
