package fr.gouv.sante.jalons.account.web;

import fr.gouv.sante.jalons.account.SignInOptions;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The sign-in page (the form is processed by Spring Security) and the page shown when access is refused.
 * After a refused sign-in, the address typed comes back in the flash attribute {@code email}; a refused
 * ProConnect sign-in says why ({@link ProConnectRefusal}). The ProConnect button shows only when
 * ProConnect is configured.
 */
@BackOffice
@Controller
class LoginPageController {

    private final SignInOptions signIn;

    LoginPageController(SignInOptions signIn) {
        this.signIn = signIn;
    }

    @GetMapping("/connexion")
    String login(
            @RequestParam(required = false) String erreur,
            @RequestParam(required = false) String attente,
            @RequestParam(required = false) String patienter,
            @RequestParam(required = false) String deconnecte,
            @RequestParam(required = false) String motdepasse,
            @RequestParam(required = false) String expiree,
            @RequestParam(required = false) String proconnect,
            Model model) {
        model.addAttribute("proConnect", signIn.proConnect());
        model.addAttribute(
                "proConnectRefusal",
                ProConnectRefusal.of(
                                proconnect,
                                model.getAttribute("proConnectDetails") instanceof List<?> details ? details : null)
                        .orElse(null));
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

    /** Where ProConnect sends people back once signed out there too (it adds a state, not needed here). */
    @GetMapping("/connexion/deconnecte")
    String signedOutAtProConnect() {
        return "redirect:/connexion?deconnecte";
    }

    @RequestMapping("/acces-refuse")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String accessDenied() {
        return "error/403";
    }
}
