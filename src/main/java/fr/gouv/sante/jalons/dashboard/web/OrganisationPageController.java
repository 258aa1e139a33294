package fr.gouv.sante.jalons.dashboard.web;

import fr.gouv.sante.jalons.shared.web.PublicPage;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The lead organisations and what each of them leads. */
@PublicPage
@Controller
class OrganisationPageController {

    private final OrganisationViews views;

    OrganisationPageController(OrganisationViews views) {
        this.views = views;
    }

    @GetMapping("/organisations")
    String organisations(Model model) {
        model.addAttribute("page", views.organisations());
        return "dashboard/organisations";
    }

    @GetMapping("/organisations/{slug}")
    String organisation(
            @PathVariable String slug,
            @RequestParam(name = "page", required = false) @Nullable String page,
            Model model) {
        model.addAttribute("page", views.organisation(slug, page));
        return "dashboard/organisation";
    }
}
