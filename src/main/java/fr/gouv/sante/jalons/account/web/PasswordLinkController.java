package fr.gouv.sante.jalons.account.web;

import fr.gouv.sante.jalons.account.AccountRejected;
import fr.gouv.sante.jalons.account.PasswordLinks;
import fr.gouv.sante.jalons.account.PasswordLinks.LinkHolder;
import fr.gouv.sante.jalons.account.PasswordLinks.Purpose;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages reached from a mail: choosing a password from an invitation or a reset link, and asking
 * for a reset. An expired, used or unknown link gets a page that says so (HTTP 410).
 */
@BackOffice
@Controller
class PasswordLinkController {

    private final PasswordLinks links;

    PasswordLinkController(PasswordLinks links) {
        this.links = links;
    }

    @GetMapping(PasswordLinks.INVITATION_PATH + "{token}")
    String invitation(@PathVariable String token, Model model, HttpServletResponse response) {
        return choosePage(Purpose.INVITATION, token, model, response);
    }

    @PostMapping(PasswordLinks.INVITATION_PATH + "{token}")
    String acceptInvitation(
            @PathVariable String token,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String confirmation,
            Model model,
            HttpServletResponse response) {
        return choose(Purpose.INVITATION, token, password, confirmation, model, response);
    }

    @GetMapping(PasswordLinks.RESET_PATH + "{token}")
    String reset(@PathVariable String token, Model model, HttpServletResponse response) {
        return choosePage(Purpose.RESET, token, model, response);
    }

    @PostMapping(PasswordLinks.RESET_PATH + "{token}")
    String chooseAfterReset(
            @PathVariable String token,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String confirmation,
            Model model,
            HttpServletResponse response) {
        return choose(Purpose.RESET, token, password, confirmation, model, response);
    }

    @GetMapping("/mot-de-passe-oublie")
    String forgotten() {
        return "account/forgotten-password";
    }

    @PostMapping("/mot-de-passe-oublie")
    String requestReset(
            @RequestParam(required = false) String email, HttpServletRequest request, RedirectAttributes redirect) {
        links.requestReset(email, request.getRemoteAddr());
        // the same answer whether or not the address has an account
        redirect.addFlashAttribute("requested", true);
        return "redirect:/mot-de-passe-oublie";
    }

    private String choosePage(Purpose purpose, String token, Model model, HttpServletResponse response) {
        Optional<LinkHolder> holder = links.check(purpose, token);
        if (holder.isEmpty()) {
            return invalid(purpose, model, response);
        }
        return form(purpose, token, holder.get(), null, model);
    }

    private String choose(
            Purpose purpose,
            String token,
            String password,
            String confirmation,
            Model model,
            HttpServletResponse response) {
        Optional<LinkHolder> holder = links.check(purpose, token);
        if (holder.isEmpty()) {
            return invalid(purpose, model, response);
        }
        if (password == null || !password.equals(confirmation)) {
            return form(purpose, token, holder.get(), "password.confirmation.mismatch", model);
        }
        try {
            links.choosePassword(purpose, token, password);
        } catch (AccountRejected e) {
            if ("token".equals(e.field())) {
                return invalid(purpose, model, response);
            }
            return form(purpose, token, holder.get(), e.messageKey(), model);
        }
        return "redirect:/connexion?motdepasse";
    }

    private static String form(Purpose purpose, String token, LinkHolder holder, @Nullable String error, Model model) {
        model.addAttribute("invitation", purpose == Purpose.INVITATION);
        model.addAttribute("action", purpose.link(token));
        model.addAttribute("holder", holder);
        model.addAttribute("passwordError", error);
        return "account/choose-password";
    }

    private static String invalid(Purpose purpose, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_GONE);
        model.addAttribute("invitation", purpose == Purpose.INVITATION);
        return "account/link-invalid";
    }
}
