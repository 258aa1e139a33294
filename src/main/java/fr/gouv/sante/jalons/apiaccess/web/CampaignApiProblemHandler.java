package fr.gouv.sante.jalons.apiaccess.web;

import fr.gouv.sante.jalons.apiaccess.web.ApiProblems.FieldError;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.MalformedInputException;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.StaleVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * The write API's errors as problem documents naming what is wrong: each refused field by a JSON
 * pointer into the request, so that a system can show its own people which value to correct.
 */
// first: the pages' advice would answer the same exceptions with an HTML page
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = CampaignReportApiController.class)
class CampaignApiProblemHandler extends ResponseEntityExceptionHandler {

    /** Refusals about the report's state, not about a field of the request. */
    private static final Set<String> STATE_FIELDS = Set.of("state", "period");

    private final ApiProblems problems;

    CampaignApiProblemHandler(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> missing(IfMatch.Missing e) {
        return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED)
                .body(problems.problem(HttpStatus.PRECONDITION_REQUIRED, "precondition"));
    }

    @ExceptionHandler({IfMatch.NoMatch.class, StaleVersion.class})
    ProblemDetail stale(RuntimeException e) {
        ProblemDetail problem = problems.problem(HttpStatus.PRECONDITION_FAILED, "stale");
        if (e instanceof StaleVersion stale && stale.savedBy() != null) {
            problem.setProperty("savedBy", stale.savedBy());
            problem.setProperty("savedAt", stale.savedAt());
        }
        return problem;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooLarge(CampaignReportApiController.BodyTooLarge e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(problems.problem(
                        HttpStatus.CONTENT_TOO_LARGE, "too-large", CampaignReportApiController.MAX_BODY_BYTES / 1024));
    }

    @ExceptionHandler
    ProblemDetail notAnObject(CampaignReportApiController.BodyNotAnObject e) {
        return problems.problem(HttpStatus.BAD_REQUEST, "unreadable");
    }

    /** PostgreSQL unreachable: a 503 at once, in the API's words, with the incident id of the log lines. */
    @ExceptionHandler({
        CannotCreateTransactionException.class,
        DataAccessResourceFailureException.class,
        JDBCConnectionException.class
    })
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
        String incident = String.valueOf(MDC.get("incident"));
        ProblemDetail problem = problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", incident);
        problem.setProperty("incident", incident);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }

    @ExceptionHandler
    ProblemDetail forbidden(AccessDeniedException e) {
        return problems.problem(HttpStatus.FORBIDDEN, "forbidden");
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return problems.problem(HttpStatus.NOT_FOUND, "not-found." + e.kind(), String.valueOf(e.key()));
    }

    @ExceptionHandler
    ProblemDetail malformed(MalformedInputException e) {
        return problems.problem(HttpStatus.NOT_FOUND, "not-found.objective", e.value());
    }

    @ExceptionHandler
    ProblemDetail refused(InputRefused e) {
        Map<String, String> errors = e.errors();
        if (STATE_FIELDS.containsAll(errors.keySet())) {
            ProblemDetail problem = problems.problem(HttpStatus.CONFLICT, "locked");
            problem.setDetail(errors.values().stream()
                    .map(problems::refusal)
                    .reduce((a, b) -> a + " " + b)
                    .orElse(""));
            return problem;
        }
        List<FieldError> fields = new ArrayList<>();
        errors.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(error -> {
            String pointer = pointer(error.getKey());
            String detail = problems.refusal(error.getValue());
            if (pointer != null && pointer.endsWith("/confirmed")) {
                // the form's message speaks of a checkbox; a system confirms with the field
                detail = detail + " " + problems.message("api.measurement.confirm");
            }
            fields.add(new FieldError(pointer, detail));
        });
        ProblemDetail problem = problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "refused", fields.size());
        ApiProblems.errors(problem, fields);
        return problem;
    }

    /** A body that is not the JSON described: the field whose value could not be read is named. */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(unreadable(e.getCause()));
    }

    /** A body the controller read itself, strictly: a field the request's document does not have. */
    @ExceptionHandler
    ProblemDetail strictlyUnreadable(JacksonException e) {
        return unreadable(e);
    }

    private ProblemDetail unreadable(@Nullable Throwable cause) {
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "unreadable");
        if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
            StringBuilder pointer = new StringBuilder();
            for (JacksonException.Reference reference : json.getPath()) {
                pointer.append('/')
                        .append(
                                reference.getPropertyName() != null
                                        ? reference.getPropertyName()
                                        : String.valueOf(reference.getIndex()));
            }
            ApiProblems.errors(
                    problem, List.of(new FieldError(pointer.toString(), problems.message("api.unreadable.field"))));
        }
        return problem;
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // the framework's own errors (415, 405, 406...) in French as well
        if (body instanceof ProblemDetail problem) {
            problem.setTitle(problems.message("api.problem.framework.title", status.value()));
            problem.setDetail(problems.message(
                    "api.problem.framework." + status.value() + ".detail",
                    problems.message("api.problem.framework.detail")));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    /** Where a refused field is in the request (the controller already points at a measurement's place). */
    private static @Nullable String pointer(String field) {
        if (field.startsWith("/")) {
            return field;
        }
        return field.startsWith("measurement.") ? "/measurements" : "/" + field;
    }
}
