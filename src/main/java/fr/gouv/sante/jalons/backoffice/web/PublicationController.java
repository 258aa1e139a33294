package fr.gouv.sante.jalons.backoffice.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.ProgressReview;
import fr.gouv.sante.jalons.commitment.CommitmentReview;
import fr.gouv.sante.jalons.followup.CampaignOverviews;
import fr.gouv.sante.jalons.followup.PublicationSummary;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Publishing is a deliberate act: a summary of what becomes public and what stays out, then a
 * confirmation that carries the period's version and the number of reports the summary announced.
 */
@BackOffice
@Controller
class PublicationController {

    private final ProgressReview review;
    private final CampaignOverviews overviews;
    private final BackOfficeViews views;
    private final CommitmentReview commitments;

    PublicationController(
            ProgressReview review, CampaignOverviews overviews, BackOfficeViews views, CommitmentReview commitments) {
        this.review = review;
        this.commitments = commitments;
        this.overviews = overviews;
        this.views = views;
    }

    @GetMapping("/admin/publication")
    String summary(CurrentUser admin, Model model, RedirectAttributes redirect) {
        PublicationSummary summary;
        try {
            summary = overviews.publicationSummary(admin);
        } catch (InputRefused e) {
            redirect.addFlashAttribute(
                    "errors", e.errors().values().stream().distinct().toList());
            return "redirect:/admin";
        }
        model.addAttribute("summary", summary);
        model.addAttribute("periodLabel", views.periodLabel(summary.period().code()));
        // the State commitments' validated reports are published with the period, in the same transaction
        model.addAttribute("commitmentsToPublish", commitments.toPublish(admin));
        return "campaign/publication";
    }

    @PostMapping("/admin/publication")
    String publish(
            @RequestParam long periodVersion,
            @RequestParam(required = false) Integer expected,
            @RequestParam(required = false) String synthesis,
            CurrentUser admin,
            RedirectAttributes redirect) {
        try {
            int count = review.publish(admin, periodVersion, expected, synthesis);
            redirect.addFlashAttribute("flash", "publication.flash.done");
            redirect.addFlashAttribute("flashCount", count);
            return "redirect:/admin";
        } catch (InputRefused e) {
            redirect.addFlashAttribute(
                    "errors", e.errors().values().stream().distinct().toList());
            Map<String, String> errors = e.errors();
            // what was typed comes back in the field, with its error next to it
            redirect.addFlashAttribute("synthesis", synthesis);
            redirect.addFlashAttribute("synthesisError", errors.get("synthesis"));
            return errors.containsValue("report.period.none") ? "redirect:/admin" : "redirect:/admin/publication";
        }
    }
}
