package fr.gouv.sante.jalons.dashboard.web;

import fr.gouv.sante.jalons.shared.web.PublicPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An axis with its priorities and their objectives. */
@PublicPage
@Controller
class AxisPageController {

    private final AxisViews views;

    AxisPageController(AxisViews views) {
        this.views = views;
    }

    @GetMapping("/axes/{number}")
    String axis(@PathVariable String number, Model model) {
        model.addAttribute("page", views.axis(number));
        return "dashboard/axis";
    }
}
