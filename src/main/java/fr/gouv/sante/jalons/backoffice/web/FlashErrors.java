package fr.gouv.sante.jalons.backoffice.web;

import java.util.Map;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A refused action's messages, carried to the page the browser is sent back to. */
final class FlashErrors {

    private FlashErrors() {}

    static String redirect(RedirectAttributes redirect, Map<String, String> errors, String target) {
        redirect.addFlashAttribute("errors", errors.values().stream().distinct().toList());
        return "redirect:" + target;
    }
}
