package fr.gouv.sante.jalons.backoffice.web;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.BulkValidation;
import fr.gouv.sante.jalons.campaign.CorrectionEditor;
import fr.gouv.sante.jalons.campaign.ProgressReporting;
import fr.gouv.sante.jalons.campaign.ProgressReview;
import fr.gouv.sante.jalons.campaign.ReportingRules;
import fr.gouv.sante.jalons.campaign.StatusConfirmation;
import fr.gouv.sante.jalons.history.History;
import fr.gouv.sante.jalons.publication.PublicationQueries;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.MalformedInputException;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.shared.Semester;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import fr.gouv.sante.jalons.shared.web.FormErrors;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The DNS's pages: the campaign's home (what needs the DNS now, opening a period), the review of a report, the correction of a published one, history. */
@BackOffice
@Controller
class CampaignController {

    private final ProgressReview review;
    private final ProgressReporting reporting;
    private final RoadmapQueries roadmap;
    private final History history;
    private final BackOfficeViews views;
    private final AccessPolicy policy;
    private final PublicationQueries progress;
    private final ReviewViews reviewViews;
    private final DeadlineViews deadlines;
    private final ReportingRules rules;
    private final CampaignTables tables;
    private final StatusConfirmation confirmation;

    CampaignController(
            ProgressReview review,
            ProgressReporting reporting,
            RoadmapQueries roadmap,
            History history,
            BackOfficeViews views,
            AccessPolicy policy,
            PublicationQueries progress,
            ReviewViews reviewViews,
            DeadlineViews deadlines,
            ReportingRules rules,
            CampaignTables tables,
            StatusConfirmation confirmation) {
        this.rules = rules;
        this.tables = tables;
        this.confirmation = confirmation;
        this.deadlines = deadlines;
        this.progress = progress;
        this.reviewViews = reviewViews;
        this.policy = policy;
        this.review = review;
        this.reporting = reporting;
        this.roadmap = roadmap;
        this.history = history;
        this.views = views;
    }

    @GetMapping("/admin")
    String campaign(CurrentUser admin, Model model) {
        var overview = review.overview(admin);
        model.addAttribute("page", views.campaign(overview));
        model.addAttribute(
                "dashboard",
                tables.dashboard(overview, confirmation.inferredStatuses(admin).size()));
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
            return failure(redirect, e.errors(), "/admin");
        }
        redirect.addFlashAttribute("flash", "campaign.flash.cancelled");
        return "redirect:/admin";
    }

    @GetMapping("/admin/revue/{code}")
    String reviewPage(@PathVariable String code, CurrentUser admin, Model model) {
        policy.requireAdmin(admin);
        ObjectiveCode objective = ObjectiveCode.fromPath(code);
        var editor = reporting.editor(admin, objective);
        var details = roadmap.objective(objective).orElseThrow(() -> new NotFoundException("objective", code));
        model.addAttribute("editor", views.editor(editor));
        model.addAttribute(
                "context",
                reviewViews.context(
                        editor,
                        details,
                        progress.publishedReports(details.summary().id()),
                        history.ofObjective(details.summary().id())));
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
            return failure(redirect, e.errors(), "/admin/revue/" + objective);
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
            return failure(redirect, Map.of("rapports", "review.bulk.none"), CampaignTables.REPORTS);
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
            return failure(redirect, e.errors(), "/admin/revue/" + objective);
        }
        redirect.addFlashAttribute("flash", "review.flash.returned");
        return "redirect:/admin";
    }

    @GetMapping("/admin/corrections/{code}")
    String correction(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String periode,
            CurrentUser admin,
            Model model) {
        CorrectionEditor editor = review.correction(admin, ObjectiveCode.fromPath(code), periodParameter(periode));
        model.addAttribute("editor", editor);
        model.addAttribute("periodLabel", views.periodLabel(editor.period()));
        model.addAttribute("statuses", views.statuses());
        if (!model.containsAttribute("correctionForm")) {
            model.addAttribute("correctionForm", CorrectionForm.from(editor));
        }
        return "campaign/correction";
    }

    @InitBinder("correctionForm")
    void correctionFields(WebDataBinder binder) {
        binder.setAllowedFields("status", "narrative", "reason", "version");
    }

    /** On an error the page is shown again (no redirect): what was typed stays, each error next to its field. */
    @PostMapping("/admin/corrections/{code}")
    String correct(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String periode,
            @Valid @ModelAttribute("correctionForm") CorrectionForm form,
            BindingResult errors,
            CurrentUser admin,
            Model model,
            RedirectAttributes redirect) {
        ObjectiveCode objective = ObjectiveCode.fromPath(code);
        String period = periodParameter(periode);
        ProgressStatus parsed = form.parsedStatus(errors);
        if (!errors.hasErrors()) {
            try {
                review.correct(
                        admin, objective, period, parsed, form.getNarrative(), form.getReason(), form.getVersion());
            } catch (InputRefused e) {
                FormErrors.reject(errors, e.errors());
            }
        }
        if (errors.hasErrors()) {
            return correction(code, period, admin, model);
        }
        redirect.addFlashAttribute("flash", "correction.flash.done");
        return "redirect:/objectifs/" + objective;
    }

    /** A hand-made {@code periode} (line break, not a semester): a 400 page, never a 500 nor a header injection. */
    private static String periodParameter(String periode) {
        try {
            return Semester.parse(periode).toString();
        } catch (MalformedInputException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "malformed period");
        }
    }

    private static String failure(RedirectAttributes redirect, Map<String, String> errors, String target) {
        redirect.addFlashAttribute("errors", errors.values().stream().distinct().toList());
        return "redirect:" + target;
    }
}
