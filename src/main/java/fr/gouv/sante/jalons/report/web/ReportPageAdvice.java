package fr.gouv.sante.jalons.report.web;

import fr.gouv.sante.jalons.shared.MalformedInputException;
import fr.gouv.sante.jalons.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An unknown or malformed period, edition or objective in a report URL gets the DSFR 404 page. */
@ControllerAdvice(basePackageClasses = ReportPageAdvice.class)
class ReportPageAdvice {

    @ExceptionHandler({NotFoundException.class, MalformedInputException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
