package fr.gouv.sante.jalons.charter.web;

import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.web.PublicPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The charter's public pages: its text section by section, the 10 + 10 commitments and their objectives;
 * and each State commitment's follow-up.
 */
@PublicPage
@Controller
class CharterPageController {

    private final CharterViews views;

    CharterPageController(CharterViews views) {
        this.views = views;
    }

    @GetMapping("/charte")
    String charter(Model model) {
        model.addAttribute("page", views.charter());
        return "charter/charter";
    }

    /** A State commitment's page: its text, leads, linked objectives and published reports by period. */
    @GetMapping("/charte/engagements/etat-{number}")
    String commitment(@PathVariable String number, Model model) {
        if (!number.matches("[1-9][0-9]?")) {
            throw new NotFoundException("commitment", number);
        }
        model.addAttribute("page", views.commitment(Integer.parseInt(number)));
        return "charter/commitment";
    }
}
