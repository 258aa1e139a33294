package fr.gouv.sante.jalons.account.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.MalformedInputException;
import fr.gouv.sante.jalons.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Back-office pages show who is signed in (public pages never do: their controllers live elsewhere,
 * which keeps them identical for every visitor and cacheable), and get the DSFR 404 page for an
 * unknown objective.
 */
@ControllerAdvice(basePackages = {"fr.gouv.sante.jalons.account.web", "fr.gouv.sante.jalons.progress.web",
        "fr.gouv.sante.jalons.roadmap.web", "fr.gouv.sante.jalons.notification.web"})
class BackOfficeModel {

    @ModelAttribute("currentUser")
    CurrentUser currentUser(CurrentUser user) {
        return user;
    }

    @ExceptionHandler({NotFoundException.class, MalformedInputException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
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
