package fr.gouv.sante.jalons.account.web;

import fr.gouv.sante.jalons.shared.web.BackOffice;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The sign-in page (the form is processed by Spring Security) and the page shown when access is refused.
 * After a refused sign-in, the address typed comes back in the flash attribute {@code email}.
 */
@BackOffice
@Controller
class LoginPageController {

    @GetMapping("/connexion")
    String login(
            @RequestParam(required = false) String erreur,
            @RequestParam(required = false) String attente,
            @RequestParam(required = false) String patienter,
            @RequestParam(required = false) String deconnecte,
            @RequestParam(required = false) String motdepasse,
            @RequestParam(required = false) String expiree,
            Model model) {
        model.addAttribute("sessionEnded", expiree != null);
        model.addAttribute("passwordChosen", motdepasse != null);
        model.addAttribute("failed", erreur != null);
        model.addAttribute(
                "wait",
                LoginWait.throttled(attente)
                        .or(() -> LoginWait.delayed(patienter))
                        .orElse(null));
        model.addAttribute("loggedOut", deconnecte != null);
        return "account/login";
    }

    @RequestMapping("/acces-refuse")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String accessDenied() {
        return "error/403";
    }
}
