package fr.gouv.sante.jalons.account.domain;

import fr.gouv.sante.jalons.account.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes every back-office request act with the account as it is now, not as it was at sign-in: one
 * primary-key read per request ({@link AppUserRepository#findStateById}). A disabled, deleted or
 * "sessions ended" account is signed out and sent to the login page with a message; a changed role,
 * organisation or name replaces the session's principal before authorisation runs, so a demoted
 * administrator gets 403 on the admin pages at once. Nothing here depends on where sessions are
 * stored (memory, Spring Session JDBC...): the session only keeps the principal, the truth is the row.
 */
final class AccountFreshnessFilter extends OncePerRequestFilter {

    static final String SIGNED_OUT_TARGET = "/connexion?session-terminee";

    private final AppUserRepository users;
    private final AccountUserDetailsService details;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    AccountFreshnessFilter(AppUserRepository users, AccountUserDetailsService details) {
        this.users = users;
        this.details = details;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (!(authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccountState> state = users.findStateById(principal.user().id());
        if (state.isEmpty() || !state.get().enabled()
                || state.get().sessionGeneration() != principal.sessionGeneration()) {
            signOut(request, response);
            return;
        }
        CurrentUser current = current(principal.user(), state.get());
        if (!current.equals(principal.user())) {
            AccountPrincipal fresh = principal.withUser(current);
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null,
                    fresh.getAuthorities()));
            contexts.setContext(context);
            sessions.saveContext(context, request, response);
        }
        chain.doFilter(request, response);
    }

    private CurrentUser current(CurrentUser held, AccountState state) {
        String acronym = Objects.equals(held.organisationId(), state.organisationId())
                ? held.organisationAcronym() : details.acronymOf(state.organisationId());
        return new CurrentUser(held.id(), state.email(), state.displayName(), state.role(), state.organisationId(),
                acronym);
    }

    private void signOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        contexts.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + SIGNED_OUT_TARGET);
    }
}
