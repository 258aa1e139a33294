package fr.gouv.sante.jalons.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Back-office pages ({@link BackOffice} controllers) show who is signed in. Public pages never do:
 * they stay identical for every visitor, and cacheable.
 */
@ControllerAdvice(annotations = BackOffice.class)
class BackOfficeModel {

    @ModelAttribute("currentUser")
    CurrentUser currentUser(CurrentUser user) {
        return user;
    }
}
