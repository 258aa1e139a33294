package fr.gouv.sante.jalons.report.web;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.report.domain.BilanEditions;
import fr.gouv.sante.jalons.report.domain.BilanReader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' view of the editions being written: pending, ready or failed, with a retry. */
@Controller
class BilanAdminController {

    private final BilanEditions editions;
    private final BilanReader reader;
    private final AccessPolicy policy;

    BilanAdminController(BilanEditions editions, BilanReader reader, AccessPolicy policy) {
        this.editions = editions;
        this.reader = reader;
        this.policy = policy;
    }

    @GetMapping("/admin/bilans")
    String editions(CurrentUser admin, Model model) {
        policy.requireAdmin(admin);
        model.addAttribute("currentUser", admin);
        model.addAttribute(
                "editions",
                editions.all().stream()
                        .map(e -> EditionView.of(e, reader.publishedOn(e.publishedAt(), true)))
                        .toList());
        return "report/admin";
    }

    @PostMapping("/admin/bilans/{id}/relance")
    String retry(@PathVariable long id, CurrentUser admin, RedirectAttributes redirect) {
        editions.retry(admin, id);
        redirect.addFlashAttribute("flash", "bilan.admin.flash.retried");
        return "redirect:/admin/bilans";
    }
}
