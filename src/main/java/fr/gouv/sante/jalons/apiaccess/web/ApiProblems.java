package fr.gouv.sante.jalons.apiaccess.web;

import fr.gouv.sante.jalons.shared.FrenchFormat;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The write API's problem documents (RFC 9457), in French: the same words whether the security filters
 * answer (401, 403, 429, before any controller) or the controller's advice does.
 */
@Component
class ApiProblems {

    private final MessageSource messages;
    private final JsonMapper json;

    ApiProblems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** A problem whose title and detail are {@code api.problem.<kind>.title} and {@code .detail}. */
    ProblemDetail problem(HttpStatus status, String kind, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(message("api.problem." + kind + ".title"));
        problem.setDetail(message("api.problem." + kind + ".detail", arguments));
        return problem;
    }

    /** A refusal's message: its key, then the arguments the service put after it ({@code key|argument}). */
    String refusal(String encoded) {
        String[] parts = encoded.split("\\|", -1);
        Object[] arguments = java.util.Arrays.copyOfRange(parts, 1, parts.length);
        String message = messages.getMessage(parts[0], arguments, parts[0], FrenchFormat.FRENCH);
        return message == null ? parts[0] : message;
    }

    String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, FrenchFormat.FRENCH);
    }

    /** {@code key}'s message, or {@code fallback} when the bundle has none. */
    String message(String key, String fallback) {
        String message = messages.getMessage(key, null, fallback, FrenchFormat.FRENCH);
        return message == null ? fallback : message;
    }

    /** Writes a problem from a filter, where no message converter runs. */
    void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        Map<String, @Nullable Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", request.getRequestURI());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }

    /** One refused field, pointed at in the request's JSON (RFC 6901). */
    record FieldError(@Nullable String pointer, String detail) {}

    static void errors(ProblemDetail problem, List<FieldError> errors) {
        problem.setProperty("errors", errors);
    }
}
