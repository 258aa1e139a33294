package fr.gouv.sante.jalons.notification.web;

import fr.gouv.sante.jalons.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An unknown mail or no open campaign to export: the 404 page. */
@ControllerAdvice(basePackageClasses = MailPageAdvice.class)
class MailPageAdvice {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
