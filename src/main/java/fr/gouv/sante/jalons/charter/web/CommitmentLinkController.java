package fr.gouv.sante.jalons.charter.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.charter.CommitmentLinks;
import fr.gouv.sante.jalons.charter.CommitmentLinks.CommitmentRow;
import fr.gouv.sante.jalons.charter.Party;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import fr.gouv.sante.jalons.shared.web.FormErrors;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators link a commitment of the charter to the roadmap's objectives, or remove a link: every
 * commitment on one page, each edited on its own page. Both actions post to that page's address (the
 * 409 page sends back there), told apart by {@code action}.
 */
@BackOffice
@Controller
class CommitmentLinkController {

    static final String PAGE = "/admin/charte/engagements";

    private final CommitmentLinks links;

    CommitmentLinkController(CommitmentLinks links) {
        this.links = links;
    }

    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("objective");
    }

    @GetMapping(PAGE)
    String all(CurrentUser admin, Model model) {
        model.addAttribute("editing", links.editing(admin));
        return "charter/admin-links";
    }

    @GetMapping(PAGE + "/{party}/{number}")
    String commitment(@PathVariable String party, @PathVariable String number, CurrentUser admin, Model model) {
        model.addAttribute("form", new LinkForm());
        return page(admin, party(party), number(number), model, null);
    }

    @PostMapping(PAGE + "/{party}/{number}")
    String change(
            @PathVariable String party,
            @PathVariable String number,
            @RequestParam(name = "action", defaultValue = "") String action,
            @ModelAttribute("form") LinkForm form,
            BindingResult errors,
            @RequestParam long version,
            CurrentUser admin,
            Model model,
            RedirectAttributes redirect) {
        Party which = party(party);
        int n = number(number);
        boolean unlinking = "retirer".equals(action);
        try {
            if (unlinking) {
                links.unlink(admin, which, n, form.getObjective(), version);
            } else {
                links.link(admin, which, n, form.getObjective(), version);
            }
        } catch (InputRefused e) {
            if (unlinking) {
                // the removed objective is no field of the page: its error goes to the top
                String refusal = e.errors().values().iterator().next();
                int arguments = refusal.indexOf('|');
                redirect.addFlashAttribute(
                        "errors", List.of(arguments < 0 ? refusal : refusal.substring(0, arguments)));
                return "redirect:" + PAGE + "/" + which.slug() + "/" + n;
            }
            FormErrors.reject(errors, e.errors(), List.of("objective"));
            return page(admin, which, n, model, version);
        }
        redirect.addFlashAttribute("flash", unlinking ? "charter.links.flash.removed" : "charter.links.flash.added");
        return "redirect:" + PAGE + "/" + which.slug() + "/" + n;
    }

    private String page(CurrentUser admin, Party party, int number, Model model, @Nullable Long version) {
        CommitmentRow row = links.commitment(admin, party, number);
        model.addAttribute(
                "commitment",
                version == null
                        ? row
                        : new CommitmentRow(row.party(), row.number(), row.text(), row.objectives(), version));
        model.addAttribute("objectives", links.editing(admin).objectives());
        model.addAttribute("here", PAGE + "/" + party.slug() + "/" + number);
        return "charter/admin-link";
    }

    private static Party party(String slug) {
        return Party.fromSlug(slug).orElseThrow(() -> new NotFoundException("commitment", slug));
    }

    private static int number(String number) {
        if (!number.matches("[1-9][0-9]?")) {
            throw new NotFoundException("commitment", number);
        }
        return Integer.parseInt(number);
    }
}
