package fr.gouv.sante.jalons.backoffice.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.CorrectionFormView;
import fr.gouv.sante.jalons.campaign.ProgressReview;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.MalformedInputException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.shared.Semester;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import fr.gouv.sante.jalons.shared.web.FormErrors;
import jakarta.validation.Valid;
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

/** The correction of a published report by the DNS, with its reason, shown publicly. */
@BackOffice
@Controller
class CorrectionController {

    private final ProgressReview review;
    private final BackOfficeViews views;

    CorrectionController(ProgressReview review, BackOfficeViews views) {
        this.review = review;
        this.views = views;
    }

    @GetMapping("/admin/corrections/{code}")
    String correction(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String periode,
            CurrentUser admin,
            Model model) {
        CorrectionFormView editor = review.correction(admin, ObjectiveCode.fromPath(code), periodParameter(periode));
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
        Long version = form.getVersion();
        if (version == null) {
            // the hidden field: only a hand-made or truncated form lacks it
            errors.rejectValue("version", "NotNull");
        }
        if (!errors.hasErrors() && version != null) {
            try {
                review.correct(admin, objective, period, parsed, form.getNarrative(), form.getReason(), version);
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
}
