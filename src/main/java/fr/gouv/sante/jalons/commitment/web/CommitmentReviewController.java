package fr.gouv.sante.jalons.commitment.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.commitment.CommitmentReview;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The DNS's review of the State commitments' reports, a tab of the campaign: the list, each report on
 * its own page, validated or sent back with a comment (the 409 page sends back to that page).
 */
@BackOffice
@Controller
class CommitmentReviewController {

    static final String PAGE = "/admin/campagne/engagements";

    private final CommitmentReview review;
    private final CommitmentViews views;

    CommitmentReviewController(CommitmentReview review, CommitmentViews views) {
        this.review = review;
        this.views = views;
    }

    @GetMapping(PAGE)
    String all(CurrentUser admin, Model model) {
        model.addAttribute(
                "reports", review.reports(admin).stream().map(views::review).toList());
        model.addAttribute("tab", "engagements");
        return "commitment/review";
    }

    @GetMapping(PAGE + "/{number}")
    String one(@PathVariable String number, CurrentUser admin, Model model) {
        return page(admin, CommitmentReportController.number(number), model, null, null);
    }

    @PostMapping(PAGE + "/{number}/validation")
    String validate(
            @PathVariable String number, @RequestParam long version, CurrentUser admin, RedirectAttributes redirect) {
        int n = CommitmentReportController.number(number);
        try {
            review.validate(admin, n, version);
        } catch (InputRefused e) {
            redirect.addFlashAttribute("errors", e.errors().values().stream().toList());
            return "redirect:" + PAGE + "/" + n;
        }
        redirect.addFlashAttribute("flash", "commitment.review.flash.validated");
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/{number}/renvoi")
    String sendBack(
            @PathVariable String number,
            @RequestParam long version,
            @RequestParam(required = false) String comment,
            CurrentUser admin,
            Model model,
            RedirectAttributes redirect) {
        int n = CommitmentReportController.number(number);
        try {
            review.sendBack(admin, n, version, comment);
        } catch (InputRefused e) {
            String error = e.errors().get("comment");
            if (error == null) {
                redirect.addFlashAttribute(
                        "errors", e.errors().values().stream().toList());
                return "redirect:" + PAGE + "/" + n;
            }
            // the comment comes back in its field, its error next to it
            return page(admin, n, model, comment, error);
        }
        redirect.addFlashAttribute("flash", "commitment.review.flash.sent-back");
        return "redirect:" + PAGE;
    }

    private String page(
            CurrentUser admin, int number, Model model, @Nullable String comment, @Nullable String commentError) {
        var report = review.reports(admin).stream()
                .filter(r -> r.number() == number)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("commitment report", String.valueOf(number)));
        model.addAttribute("report", views.review(report));
        model.addAttribute("comment", comment == null ? "" : comment);
        model.addAttribute("commentError", commentError);
        return "commitment/review-report";
    }
}
