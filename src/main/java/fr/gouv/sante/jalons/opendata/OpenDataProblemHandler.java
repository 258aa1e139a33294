package fr.gouv.sante.jalons.opendata;

import fr.gouv.sante.jalons.shared.DatabaseOutage;
import fr.gouv.sante.jalons.shared.MalformedInputException;
import fr.gouv.sante.jalons.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.hibernate.exception.JDBCConnectionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the open-data endpoints as RFC 9457 problem+json, in French. Framework errors (wrong
 * method, unacceptable media type...) get the same treatment through the base class.
 */
// first: the pages' advice (web.PageErrors) and the operations module's advice for database outages
// would answer the same exceptions with an HTML page
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(
        assignableTypes = {
            ObjectiveApiController.class,
            ObjectiveCsvController.class,
            MeetingOpenDataController.class,
            RoadmapOpenDataController.class,
            DataPackageController.class,
            ApiFallbackController.class
        })
class OpenDataProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(OpenDataProblemHandler.class);

    private final MessageSource messages;

    OpenDataProblemHandler(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler
    ProblemDetail malformed(MalformedInputException e) {
        return problem(HttpStatus.BAD_REQUEST, "problem.malformed." + e.kind(), e.value());
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "problem.not-found." + e.kind(), e.key());
    }

    /**
     * PostgreSQL unreachable: a 503 at once (Hikari gives up after 3 s), with the incident id that
     * the log lines of this request carry.
     */
    @ExceptionHandler({
        CannotCreateTransactionException.class,
        DataAccessResourceFailureException.class,
        JDBCConnectionException.class
    })
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e, HttpServletRequest request) {
        LOG.warn(
                "Database unreachable: 503 for {} {} ({})",
                request.getMethod(),
                request.getRequestURI(),
                DatabaseOutage.describe(e));
        String incident = MDC.get("incident");
        ProblemDetail problem =
                problem(HttpStatus.SERVICE_UNAVAILABLE, "problem.unavailable", String.valueOf(incident));
        problem.setProperty("incident", incident);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }

    private ProblemDetail problem(HttpStatus status, String key, @Nullable String value) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.getMessage(key + ".title", null, Locale.FRENCH));
        problem.setDetail(messages.getMessage(key + ".detail", new Object[] {value}, Locale.FRENCH));
        return problem;
    }
}
