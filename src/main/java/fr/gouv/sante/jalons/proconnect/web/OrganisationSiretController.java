package fr.gouv.sante.jalons.proconnect.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.proconnect.SiretEditing;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The DNS records each organisation's SIRET (public in the open data, checked at ProConnect sign-in).
 * A SIRET refused is said next to its field, with what was typed; nothing is saved.
 */
@BackOffice
@Controller
class OrganisationSiretController {

    static final String PATH = "/admin/organisations";

    private final SiretEditing sirets;

    OrganisationSiretController(SiretEditing sirets) {
        this.sirets = sirets;
    }

    @GetMapping(PATH)
    String organisations(CurrentUser admin, Model model) {
        return page(admin, model, null, null, null);
    }

    @PostMapping(PATH + "/{id}/siret")
    String change(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String siret,
            CurrentUser admin,
            Model model,
            RedirectAttributes redirect) {
        try {
            sirets.change(admin, id, siret);
        } catch (InputRefused e) {
            return page(admin, model, id, siret, e.errors().get("siret"));
        }
        redirect.addFlashAttribute("flash", "organisations.siret.saved");
        return "redirect:" + PATH;
    }

    private String page(
            CurrentUser admin,
            Model model,
            @Nullable Long refusedId,
            @Nullable String typed,
            @Nullable String errorKey) {
        List<OrganisationSiretRow> rows = sirets.organisations(admin).stream()
                .map(organisation -> organisation.id() == (refusedId == null ? -1 : refusedId)
                        ? new OrganisationSiretRow(
                                organisation.id(),
                                organisation.acronym(),
                                organisation.name(),
                                typed == null ? "" : typed,
                                errorKey)
                        : new OrganisationSiretRow(
                                organisation.id(),
                                organisation.acronym(),
                                organisation.name(),
                                organisation.siret() == null ? "" : organisation.siret(),
                                null))
                .toList();
        model.addAttribute("organisations", rows);
        return "proconnect/organisations";
    }

    /**
     * One organisation's row: its SIRET as stored, or as typed when it was refused.
     *
     * @param errorKey the message saying why the typed SIRET was refused, or null
     */
    record OrganisationSiretRow(
            long id,
            String acronym,
            String name,
            String siret,
            @Nullable String errorKey) {

        public String fieldId() {
            return "siret-" + id;
        }

        public String errorId() {
            return fieldId() + "-error";
        }
    }
}
