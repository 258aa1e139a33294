package fr.gouv.sante.jalons.governance.web;

import fr.gouv.sante.jalons.shared.web.PublicPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public page of the governance bodies and their meetings. */
@PublicPage
@Controller
class InstancesPageController {

    private final InstancesViews views;

    InstancesPageController(InstancesViews views) {
        this.views = views;
    }

    @GetMapping("/instances")
    String instances(Model model) {
        model.addAttribute("page", views.instances());
        return "governance/instances";
    }
}
