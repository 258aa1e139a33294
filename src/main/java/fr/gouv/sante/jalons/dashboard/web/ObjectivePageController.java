package fr.gouv.sante.jalons.dashboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** The objective list (filters, search, sort, all in the URL) and one objective's page. */
@Controller
class ObjectivePageController {

    private final DashboardViews views;

    ObjectivePageController(DashboardViews views) {
        this.views = views;
    }

    @GetMapping("/objectifs")
    String objectives(@ModelAttribute("filter") ObjectiveFilter filter, Model model) {
        model.addAttribute("page", views.objectives(filter));
        return "dashboard/objectives";
    }

    @GetMapping("/objectifs/{code}")
    String objective(@PathVariable String code, Model model) {
        model.addAttribute("page", views.objective(code));
        return "dashboard/objective";
    }
}
