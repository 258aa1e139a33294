package fr.gouv.sante.jalons.operations;

import fr.gouv.sante.jalons.shared.DatabaseOutage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an incident id, put in the logging context (MDC key {@code incident}) for
 * the whole request, error dispatch included, and shown by the error pages: a user's "incident
 * 3f2a9c1e" leads to every log line of that request.
 *
 * <p>It also turns a database outage, wherever it surfaced (a controller, a service, the security
 * filters), into a 503 without a stack trace: the French page for pages (the error dispatch renders
 * {@code error/503}), problem+json for the API. One log line per request, never a stack-trace storm.
 */
class RequestIncident extends OncePerRequestFilter {

    /** The request attribute holding the incident id (kept for the error dispatch). */
    static final String ATTRIBUTE = RequestIncident.class.getName() + ".id";

    static final String MDC_KEY = "incident";
    static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger LOG = LoggerFactory.getLogger(RequestIncident.class);

    private final MessageSource messages;
    private final LoggablePaths paths;

    RequestIncident(MessageSource messages, LoggablePaths paths) {
        this.messages = messages;
        this.paths = paths;
    }

    /** The incident id of the request being served. */
    static @Nullable String of(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        return id instanceof String text ? text : null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String incident = of(request);
        if (incident == null) {
            incident = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
            request.setAttribute(ATTRIBUTE, incident);
        }
        String outer = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, incident);
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.isCause(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warn(
                    "Database unreachable: 503 for {} {} ({})",
                    request.getMethod(),
                    paths.of(request),
                    DatabaseOutage.describe(e));
            unavailable(request, response);
        } finally {
            if (outer == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, outer);
            }
        }
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(problemJson(request));
        } else {
            // the error dispatch renders templates/error/503.html with the same incident id
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
        }
    }

    private String problemJson(HttpServletRequest request) {
        String title = messages.getMessage("problem.unavailable.title", null, Locale.FRENCH);
        String detail = messages.getMessage("problem.unavailable.detail", new Object[] {of(request)}, Locale.FRENCH);
        return "{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":503,\"detail\":\"" + json(detail)
                + "\",\"instance\":\"" + json(paths.of(request)) + "\",\"incident\":\"" + json(of(request))
                + "\"}";
    }

    /** Our own French messages and a request path: quotes, backslashes and control characters escaped. */
    private static String json(@Nullable String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }
}
