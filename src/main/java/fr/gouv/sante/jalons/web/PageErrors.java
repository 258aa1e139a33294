package fr.gouv.sante.jalons.web;

import fr.gouv.sante.jalons.shared.MalformedInputException;
import fr.gouv.sante.jalons.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.PropertyAccessException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The error pages of every HTML page, public or back office: an unknown or malformed reference in a
 * URL gets the DSFR 404 page. The open data answers in problem+json instead, through its own advice,
 * which comes first ({@code OpenDataProblemHandler}); 403 is Spring Security's, and anything else the
 * generic error page with an incident number (the operations module's IncidentErrorAttributes).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler({NotFoundException.class, MalformedInputException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    /**
     * A value the binder cannot convert to its field's type ({@code version=abc}, an id that is not a
     * number) can only be a hand-edited hidden field: every field a person types is bound as text and
     * parsed by its form. The French 400 page, as for a hand-made index, never a form error.
     */
    @InitBinder
    void tamperedValuesAreBadRequests(WebDataBinder binder) {
        binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
            @Override
            public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, null, ex);
            }
        });
    }

    /**
     * A URL that no page and no asset answers: the same 404 as before (the error controller's page, or
     * its JSON for a client that does not ask for HTML), answered here so that Spring's default resolver
     * does not log it a second time: the dispatcher's one "No mapping for GET ..." line is enough for a
     * mistyped or probed URL.
     */
    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
    void nothingAnswers(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    /**
     * A hand-made collection index ({@code measurements[99999]}, {@code [-1]}, {@code [x]}) beyond what a
     * form's binder lets grow: the French 400 page, never a 500.
     */
    @ExceptionHandler(InvalidPropertyException.class)
    void badIndex(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }
}
