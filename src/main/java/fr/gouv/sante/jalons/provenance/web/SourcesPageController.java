package fr.gouv.sante.jalons.provenance.web;

import fr.gouv.sante.jalons.provenance.SourceQueries;
import fr.gouv.sante.jalons.shared.web.PublicPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public page of the documents the reference data comes from. */
@PublicPage
@Controller
class SourcesPageController {

    private final SourceQueries sources;

    SourcesPageController(SourceQueries sources) {
        this.sources = sources;
    }

    @GetMapping("/sources")
    String sources(Model model) {
        model.addAttribute("documents", sources.documents());
        return "provenance/sources";
    }
}
