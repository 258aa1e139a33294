package fr.gouv.sante.jalons.dashboard.web;

import fr.gouv.sante.jalons.shared.web.PublicPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the roadmap at a glance. */
@PublicPage
@Controller
class HomePageController {

    private final HomeViews views;

    HomePageController(HomeViews views) {
        this.views = views;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("page", views.home());
        return "dashboard/home";
    }
}
