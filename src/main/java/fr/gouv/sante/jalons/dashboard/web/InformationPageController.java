package fr.gouv.sante.jalons.dashboard.web;

import fr.gouv.sante.jalons.shared.web.PublicPage;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages every public site owes its users, and the open-data page. */
@PublicPage
@Controller
class InformationPageController {

    @GetMapping("/accessibilite")
    String accessibility() {
        return "dashboard/accessibility";
    }

    @GetMapping("/mentions-legales")
    String legalNotice() {
        return "dashboard/legal-notice";
    }

    @GetMapping("/donnees-personnelles")
    String personalData() {
        return "dashboard/personal-data";
    }

    /** How statuses, figures, dates and percentages are established, and what rests on what. */
    @GetMapping("/methode")
    String method() {
        return "dashboard/method";
    }

    @GetMapping("/donnees-ouvertes")
    String openData() {
        return "dashboard/open-data";
    }
}
