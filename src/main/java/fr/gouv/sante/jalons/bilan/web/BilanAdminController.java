package fr.gouv.sante.jalons.bilan.web;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.bilan.EditionChanges;
import fr.gouv.sante.jalons.bilan.EditionRefused;
import fr.gouv.sante.jalons.bilan.EditionSummary;
import fr.gouv.sante.jalons.bilan.domain.BilanEditions;
import fr.gouv.sante.jalons.bilan.domain.BilanReader;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' view of the editions: pending, ready or failed, with a retry; and, for each
 * period, what was made public since its latest edition, with the choice of issuing a new one.
 */
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
        List<EditionSummary> all = editions.all();
        model.addAttribute("currentUser", admin);
        model.addAttribute(
                "editions",
                all.stream()
                        .map(e -> EditionView.of(e, reader.publishedOn(e.publishedAt(), true)))
                        .toList());
        model.addAttribute(
                "pending",
                all.stream()
                        .map(EditionSummary::periodCode)
                        .distinct()
                        .map(editions::changesSinceLastEdition)
                        .map(this::view)
                        .toList());
        return "bilan/admin";
    }

    private PendingChangesView view(EditionChanges changes) {
        return new PendingChangesView(
                changes.periodCode(),
                reader.periodLabel(changes.periodCode()),
                changes.since(),
                changes.lateReports().stream()
                        .map(r -> new PendingChangesView.Line(
                                r.objectiveCode(), r.objectiveTitle(), FrenchFormat.dateTime(r.publishedAt()), ""))
                        .toList(),
                changes.corrections().stream()
                        .map(c -> new PendingChangesView.Line(
                                c.objectiveCode(), "", FrenchFormat.dateTime(c.publishedAt()), c.reason()))
                        .toList());
    }

    @PostMapping("/admin/bilans/{id}/relance")
    String retry(@PathVariable long id, CurrentUser admin, RedirectAttributes redirect) {
        editions.retry(admin, id);
        redirect.addFlashAttribute("flash", "bilan.admin.flash.retried");
        return "redirect:/admin/bilans";
    }

    @PostMapping("/admin/bilans/{period}/nouvelle-edition")
    String issue(@PathVariable String period, CurrentUser admin, RedirectAttributes redirect) {
        try {
            int number = editions.issue(admin, period);
            redirect.addFlashAttribute("flash", "bilan.admin.flash.issued");
            redirect.addFlashAttribute("flashCount", number);
        } catch (EditionRefused e) {
            redirect.addFlashAttribute("errors", List.of(e.messageKey()));
        } catch (DataIntegrityViolationException e) {
            // another administrator issued it at the same moment: theirs stands
            redirect.addFlashAttribute("errors", List.of("bilan.admin.issue.concurrent"));
        }
        return "redirect:/admin/bilans";
    }
}
