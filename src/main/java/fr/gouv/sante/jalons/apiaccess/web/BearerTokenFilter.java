package fr.gouv.sante.jalons.apiaccess.web;

import fr.gouv.sante.jalons.apiaccess.ApiClients;
import fr.gouv.sante.jalons.apiaccess.ApiClients.Accepted;
import fr.gouv.sante.jalons.apiaccess.ApiClients.Refused;
import fr.gouv.sante.jalons.apiaccess.ApiClients.Throttled;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <token>}. A valid token becomes the request's authentication; a
 * refused one is answered at once with a 401 problem, a throttled one with a 429; a request without the
 * header goes on unauthenticated, and the chain's entry point answers its 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "bearer ";

    private final ApiClients clients;
    private final ApiProblems problems;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    BearerTokenFilter(ApiClients clients, ApiProblems problems) {
        this.clients = clients;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            unauthorized(request, response, "not-bearer", "invalid_request");
            return;
        }
        ApiClients.Outcome outcome =
                clients.authenticate(header.substring(BEARER.length()).trim());
        if (outcome instanceof Accepted accepted) {
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    accepted.client(), null, List.of(new SimpleGrantedAuthority("ROLE_API_CLIENT"))));
            contexts.setContext(context);
            try {
                chain.doFilter(request, response);
            } finally {
                contexts.clearContext();
            }
        } else if (outcome instanceof Throttled throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
            problems.write(
                    request,
                    response,
                    problems.problem(HttpStatus.TOO_MANY_REQUESTS, "throttled", throttled.retryAfterSeconds()));
        } else {
            unauthorized(
                    request, response, "token." + ((Refused) outcome).reason().name(), "invalid_token");
        }
    }

    private void unauthorized(HttpServletRequest request, HttpServletResponse response, String kind, String error)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"jalons\", error=\"" + error + "\"");
        ProblemDetail problem = problems.problem(HttpStatus.UNAUTHORIZED, kind);
        problems.write(request, response, problem);
    }
}
