package fr.gouv.sante.jalons.dashboard.web;

import fr.gouv.sante.jalons.charter.CharterQueries;
import fr.gouv.sante.jalons.dashboard.ObjectiveFilter;
import fr.gouv.sante.jalons.shared.web.PublicPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** The objective list (filters, search, sort, all in the URL) and one objective's page. */
@PublicPage
@Controller
class ObjectivePageController {

    private final ObjectiveListViews listViews;
    private final ObjectivePageViews pageViews;
    private final CharterQueries charter;

    ObjectivePageController(ObjectiveListViews listViews, ObjectivePageViews pageViews, CharterQueries charter) {
        this.listViews = listViews;
        this.pageViews = pageViews;
        this.charter = charter;
    }

    @GetMapping("/objectifs")
    String objectives(@ModelAttribute("filter") ObjectiveFilter filter, Model model) {
        model.addAttribute("page", listViews.objectives(filter));
        return "dashboard/objectives";
    }

    @GetMapping("/objectifs/{code}")
    String objective(@PathVariable String code, Model model) {
        var page = pageViews.objective(code);
        model.addAttribute("page", page);
        model.addAttribute(
                "commitments", charter.commitmentsLinkedTo(page.objective().code()));
        return "dashboard/objective";
    }
}
