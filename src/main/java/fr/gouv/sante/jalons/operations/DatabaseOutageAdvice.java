package fr.gouv.sante.jalons.operations;

import fr.gouv.sante.jalons.shared.DatabaseOutage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * PostgreSQL unreachable while a page was being prepared: the French 503 page at once (Hikari gives
 * up after 3 s), with the request's incident id, in one log line. Handled here, inside the
 * dispatcher, so that the response filters (ETag, rendered pages) see a 503 and cache nothing; the
 * open-data API answers its own problem+json 503 (its advice comes first). What fails outside a
 * controller (the security filters) is answered by {@link RequestIncident}.
 */
@ControllerAdvice
class DatabaseOutageAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageAdvice.class);

    private final LoggablePaths paths;

    DatabaseOutageAdvice(LoggablePaths paths) {
        this.paths = paths;
    }

    @ExceptionHandler({
        CannotCreateTransactionException.class,
        DataAccessResourceFailureException.class,
        JDBCConnectionException.class
    })
    ModelAndView unavailable(RuntimeException e, HttpServletRequest request, HttpServletResponse response) {
        LOG.warn(
                "Database unreachable: 503 for {} {} ({})",
                request.getMethod(),
                paths.of(request),
                DatabaseOutage.describe(e));
        response.setHeader(HttpHeaders.RETRY_AFTER, RequestIncident.RETRY_AFTER_SECONDS);
        ModelAndView page = new ModelAndView("error/503", HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("incident", RequestIncident.of(request));
        return page;
    }
}
