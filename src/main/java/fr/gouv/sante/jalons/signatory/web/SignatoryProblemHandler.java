package fr.gouv.sante.jalons.signatory.web;

import fr.gouv.sante.jalons.shared.MalformedInputException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the register's open data as RFC 9457 problem+json, in French, like the rest of the API:
 * an unknown filter value is a 400; framework errors (wrong method, unacceptable media type) get the
 * same treatment through the base class.
 */
// first: the pages' advice would answer the same exceptions with an HTML page
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = SignatoryApiController.class)
class SignatoryProblemHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    SignatoryProblemHandler(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler
    ProblemDetail malformed(MalformedInputException e) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle(messages.getMessage("problem.malformed." + e.kind() + ".title", null, Locale.FRENCH));
        problem.setDetail(messages.getMessage(
                "problem.malformed." + e.kind() + ".detail", new Object[] {e.value()}, Locale.FRENCH));
        return problem;
    }
}
