package fr.gouv.sante.jalons.theme.web;

import fr.gouv.sante.jalons.shared.web.PublicPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public list of themes and each theme's page. */
@PublicPage
@Controller
class ThemePageController {

    private final ThemeViews views;

    ThemePageController(ThemeViews views) {
        this.views = views;
    }

    @GetMapping("/themes")
    String themes(Model model) {
        model.addAttribute("themes", views.themes());
        return "theme/themes";
    }

    @GetMapping("/themes/{slug}")
    String theme(@PathVariable String slug, Model model) {
        model.addAttribute("page", views.theme(slug));
        return "theme/theme";
    }
}
