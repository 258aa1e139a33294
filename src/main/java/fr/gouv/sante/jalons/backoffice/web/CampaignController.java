package fr.gouv.sante.jalons.backoffice.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.ProgressReview;
import fr.gouv.sante.jalons.campaign.ReportingRules;
import fr.gouv.sante.jalons.followup.CampaignOverviews;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import fr.gouv.sante.jalons.shared.web.FormErrors;
import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The campaign's home for the DNS: what needs it now, opening a period and taking an opening back. */
@BackOffice
@Controller
class CampaignController {

    private final ProgressReview review;
    private final CampaignOverviews overviews;
    private final BackOfficeViews views;
    private final CampaignTables tables;
    private final DeadlineViews deadlines;
    private final ReportingRules rules;

    CampaignController(
            ProgressReview review,
            CampaignOverviews overviews,
            BackOfficeViews views,
            CampaignTables tables,
            DeadlineViews deadlines,
            ReportingRules rules) {
        this.review = review;
        this.overviews = overviews;
        this.views = views;
        this.tables = tables;
        this.deadlines = deadlines;
        this.rules = rules;
    }

    @GetMapping("/admin")
    String campaign(CurrentUser admin, Model model) {
        var overview = overviews.overview(admin);
        model.addAttribute("page", views.campaign(overview));
        model.addAttribute(
                "dashboard",
                tables.dashboard(overview, overviews.inferredStatuses(admin).size()));
        model.addAttribute("deadline", deadlines.due());
        model.addAttribute("rule", rules.current());
        if (!model.containsAttribute("campaignForm")) {
            model.addAttribute("campaignForm", CampaignForm.suggesting(overview.suggestedNextPeriod()));
        }
        // a published period still takes late reports (supplementary publications) until the next opens
        model.addAttribute(
                "periodPublished",
                overview.period() != null && overview.period().publishedAt() != null);
        model.addAttribute("publishedOn", overview.period() == null ? "" : views.publishedOn(overview.period()));
        model.addAttribute(
                "cancellable",
                review.cancellableOpening(admin)
                        .map(opening -> new CancellableOpeningView(
                                views.periodLabel(opening.period()),
                                opening.reopens() == null ? null : views.periodLabel(opening.reopens()),
                                opening.periodVersion()))
                        .orElse(null));
        return "campaign/campaign";
    }

    @InitBinder("campaignForm")
    void campaignFields(WebDataBinder binder) {
        binder.setAllowedFields("period", "dueOn");
    }

    /**
     * Nothing opens yet: a valid form leads to the page that says what opening will do, to confirm. On
     * an error the page is shown again (no redirect): what was typed stays, each error next to its field.
     */
    @PostMapping("/admin/campagne")
    String prepareOpening(
            @Valid @ModelAttribute("campaignForm") CampaignForm form,
            BindingResult errors,
            CurrentUser admin,
            Model model) {
        LocalDate due = form.dueDate(errors);
        if (!errors.hasErrors()) {
            try {
                var opening = review.openingPreview(admin, form.getPeriod(), due);
                model.addAttribute(
                        "opening",
                        new CampaignOpeningView(
                                opening.period(),
                                views.periodLabel(opening.period()),
                                opening.dueOn().toString(),
                                FrenchFormat.date(opening.dueOn()),
                                opening.closing() == null ? null : views.periodLabel(opening.closing()),
                                opening.unpublishedKept(),
                                opening.recipients()));
                return "campaign/campaign-opening";
            } catch (InputRefused e) {
                FormErrors.reject(errors, e.errors());
            }
        }
        return campaign(admin, model);
    }

    /** The confirmed opening; refused like the form if anything changed since the confirmation page. */
    @PostMapping("/admin/campagne/ouverture")
    String open(
            @Valid @ModelAttribute("campaignForm") CampaignForm form,
            BindingResult errors,
            CurrentUser admin,
            Model model,
            RedirectAttributes redirect) {
        LocalDate due = form.dueDate(errors);
        if (!errors.hasErrors()) {
            try {
                review.openPeriod(admin, form.getPeriod(), due);
            } catch (InputRefused e) {
                FormErrors.reject(errors, e.errors());
            }
        }
        if (errors.hasErrors()) {
            return campaign(admin, model);
        }
        redirect.addFlashAttribute("flash", "campaign.flash.opened");
        return "redirect:/admin";
    }

    @PostMapping("/admin/campagne/annulation")
    String cancelOpening(@RequestParam long version, CurrentUser admin, RedirectAttributes redirect) {
        try {
            review.cancelOpening(admin, version);
        } catch (InputRefused e) {
            return FlashErrors.redirect(redirect, e.errors(), "/admin");
        }
        redirect.addFlashAttribute("flash", "campaign.flash.cancelled");
        return "redirect:/admin";
    }
}
