package fr.gouv.sante.jalons.dashboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the roadmap at a glance. */
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
