package fr.gouv.sante.jalons.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The error path is where the container sends a request that failed; asked for directly, no error
 * happened, and Spring Boot would answer a 500 reading {@code "status":999}. It is a page that does
 * not exist, so the answer is the ordinary 404 (HTML page or JSON, as for any missing page).
 */
@Component
class ErrorPathGuard extends OncePerRequestFilter {

    private final String errorPath;

    ErrorPathGuard(@Value("${server.error.path:/error}") String errorPath) {
        this.errorPath = errorPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals(errorPath) || path.startsWith(errorPath + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // only requests reach this filter, never the container's error dispatches
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
