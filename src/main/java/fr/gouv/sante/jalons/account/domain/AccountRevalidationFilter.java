package fr.gouv.sante.jalons.account.domain;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rights follow the account at once: on every back-office request the signed-in account is read again
 * (one primary-key read). A disabled or deleted account, or one whose sessions were ended (password
 * reset), is signed out and sent to the login page; a changed role or organisation replaces the
 * session's principal before authorisation is decided, so a demoted administrator gets 403 on the
 * very next request. It depends on no session store: it works the same with sessions in memory or in
 * PostgreSQL, on one node or several.
 */
class AccountRevalidationFilter extends OncePerRequestFilter {

    private final AppUserRepository users;
    private final AccountUserDetailsService details;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountRevalidationFilter(AppUserRepository users, AccountUserDetailsService details) {
        this.users = users;
        this.details = details;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            Optional<AppUser> account = users.findById(principal.user().id());
            if (account.isEmpty()
                    || !account.get().isEnabled()
                    || account.get().getSessionGeneration() != principal.sessionGeneration()) {
                signOut(request, response);
                return;
            }
            AccountPrincipal current = details.principalOf(account.get());
            current.eraseCredentials();
            if (!current.user().equals(principal.user())) {
                // a ProConnect session stays one: its identity is needed to sign out at ProConnect too
                AccountPrincipal refreshed = principal.refreshedFrom(current);
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(
                        refreshed instanceof ProConnectPrincipal proConnect
                                ? proConnect.authentication()
                                : UsernamePasswordAuthenticationToken.authenticated(
                                        refreshed, null, refreshed.getAuthorities()));
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private static void signOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        // nothing of the request is processed: a disabled editor's POST saves nothing
        response.sendRedirect(request.getContextPath() + "/connexion?expiree");
    }
}
