package fr.gouv.sante.jalons.opendata;

import fr.gouv.sante.jalons.shared.MalformedInputException;
import fr.gouv.sante.jalons.shared.NotFoundException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the open-data endpoints as RFC 9457 problem+json, in French. Framework errors (wrong
 * method, unacceptable media type...) get the same treatment through the base class.
 */
// before the pages' advice (web.PageErrors), which would answer the same exceptions with an HTML page
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {ObjectiveApiController.class, ObjectiveCsvController.class,
        ApiFallbackController.class})
class OpenDataProblemHandler extends ResponseEntityExceptionHandler {

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

    private ProblemDetail problem(HttpStatus status, String key, String value) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.getMessage(key + ".title", null, Locale.FRENCH));
        problem.setDetail(messages.getMessage(key + ".detail", new Object[] {value}, Locale.FRENCH));
        return problem;
    }
}
