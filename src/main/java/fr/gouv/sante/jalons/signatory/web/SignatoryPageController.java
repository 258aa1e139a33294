package fr.gouv.sante.jalons.signatory.web;

import fr.gouv.sante.jalons.shared.web.PublicPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public register of signatories (search, filters, counts, open data) and the check "Cette entreprise
 * est-elle signataire ?", a GET form whose answer has its own address, so that it can be shared.
 */
@PublicPage
@Controller
class SignatoryPageController {

    private final SignatoryViews views;

    SignatoryPageController(SignatoryViews views) {
        this.views = views;
    }

    @GetMapping("/charte/signataires")
    String signatories(
            @RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "secteur", required = false) String sector,
            @RequestParam(name = "statut", required = false) String status,
            @RequestParam(name = "version", required = false) String version,
            @RequestParam(name = "page", required = false) String page,
            Model model) {
        model.addAttribute("page", views.signatories(new FilterParameters(query, sector, status, version), page));
        return "charter/signatories";
    }

    @GetMapping("/charte/signataires/verification")
    String check(@RequestParam(name = "siren", required = false) String siren, Model model) {
        model.addAttribute("check", views.check(siren));
        return "charter/check";
    }
}
