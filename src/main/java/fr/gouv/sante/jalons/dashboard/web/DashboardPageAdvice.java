package fr.gouv.sante.jalons.dashboard.web;

import fr.gouv.sante.jalons.shared.MalformedInputException;
import fr.gouv.sante.jalons.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Unknown or malformed references in public page URLs get the DSFR 404 page. */
@ControllerAdvice(basePackageClasses = DashboardPageAdvice.class)
class DashboardPageAdvice {

    @ExceptionHandler({NotFoundException.class, MalformedInputException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
