package fr.gouv.sante.jalons.charter.web;

import fr.gouv.sante.jalons.shared.web.PublicPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The charter's public page: its text section by section, the 10 + 10 commitments and their objectives. */
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
}
