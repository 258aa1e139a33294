package fr.gouv.sante.jalons.backoffice.web;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.BulkValidation;
import fr.gouv.sante.jalons.campaign.ProgressReporting;
import fr.gouv.sante.jalons.campaign.ProgressReview;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.MalformedInputException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The DNS's review of a submitted report: its page with the context, validation (one or several) and send-back. */
@BackOffice
@Controller
class ReviewController {

    private final ProgressReview review;
    private final ProgressReporting reporting;
    private final AccessPolicy policy;
    private final BackOfficeViews views;
    private final ReviewViews reviewViews;

    ReviewController(
            ProgressReview review,
            ProgressReporting reporting,
            AccessPolicy policy,
            BackOfficeViews views,
            ReviewViews reviewViews) {
        this.review = review;
        this.reporting = reporting;
        this.policy = policy;
        this.views = views;
        this.reviewViews = reviewViews;
    }

    @GetMapping("/admin/revue/{code}")
    String reviewPage(@PathVariable String code, CurrentUser admin, Model model) {
        policy.requireAdmin(admin);
        ObjectiveCode objective = ObjectiveCode.fromPath(code);
        var editor = reporting.editor(admin, objective);
        model.addAttribute("editor", views.editor(editor));
        model.addAttribute("context", reviewViews.context(editor, objective));
        model.addAttribute("version", editor.version());
        return "campaign/review";
    }

    @PostMapping("/admin/revue/{code}/validation")
    String validate(
            @PathVariable String code, @RequestParam long version, CurrentUser admin, RedirectAttributes redirect) {
        ObjectiveCode objective = ObjectiveCode.fromPath(code);
        try {
            review.validate(admin, objective, version);
        } catch (InputRefused e) {
            return FlashErrors.redirect(redirect, e.errors(), "/admin/revue/" + objective);
        }
        redirect.addFlashAttribute("flash", "review.flash.validated");
        return "redirect:/admin";
    }

    /** Each checked box carries "code:version", so that a report changed since the page was shown is not validated. */
    @PostMapping("/admin/revue/validation-groupee")
    String validateSeveral(
            @RequestParam(name = "rapports", required = false) List<String> checked,
            CurrentUser admin,
            RedirectAttributes redirect) {
        policy.requireAdmin(admin);
        Map<ObjectiveCode, Long> versions = new LinkedHashMap<>();
        List<String> malformed = new ArrayList<>();
        for (String value : checked == null ? List.<String>of() : checked) {
            int colon = value.lastIndexOf(':');
            try {
                versions.put(
                        ObjectiveCode.parse(value.substring(0, Math.max(colon, 0))),
                        Long.parseLong(value.substring(colon + 1)));
            } catch (MalformedInputException | NumberFormatException e) {
                malformed.add(value);
            }
        }
        if (versions.isEmpty()) {
            return FlashErrors.redirect(redirect, Map.of("rapports", "review.bulk.none"), CampaignTables.REPORTS);
        }
        BulkValidation result = review.validateSeveral(admin, versions);
        redirect.addFlashAttribute("bulk", views.bulk(result, malformed.size()));
        return "redirect:" + CampaignTables.REPORTS + "#validation-groupee";
    }

    @PostMapping("/admin/revue/{code}/renvoi")
    String sendBack(
            @PathVariable String code,
            @RequestParam long version,
            @RequestParam(required = false) String comment,
            CurrentUser admin,
            RedirectAttributes redirect) {
        ObjectiveCode objective = ObjectiveCode.fromPath(code);
        try {
            review.sendBack(admin, objective, version, comment);
        } catch (InputRefused e) {
            redirect.addFlashAttribute("comment", comment);
            String commentError = e.errors().get("comment");
            if (commentError != null) {
                // shown next to the comment, where the page opens
                redirect.addFlashAttribute("commentError", commentError);
                return "redirect:/admin/revue/" + objective + "#comment";
            }
            return FlashErrors.redirect(redirect, e.errors(), "/admin/revue/" + objective);
        }
        redirect.addFlashAttribute("flash", "review.flash.returned");
        return "redirect:/admin";
    }
}
