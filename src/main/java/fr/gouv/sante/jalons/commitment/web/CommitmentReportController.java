package fr.gouv.sante.jalons.commitment.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.commitment.CommitmentReporting;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.ProgressStatus;
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
 * A lead's editor writes the report of a State commitment for the open period, from the workspace:
 * saved as a draft or submitted to the DNS. A stale version answers the one 409 page.
 */
@BackOffice
@Controller
class CommitmentReportController {

    static final String PAGE = "/espace/engagements/";

    private final CommitmentReporting reporting;
    private final CommitmentViews views;

    CommitmentReportController(CommitmentReporting reporting, CommitmentViews views) {
        this.reporting = reporting;
        this.views = views;
    }

    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("status", "narrative", "version");
    }

    @GetMapping(PAGE + "{number}")
    String form(@PathVariable String number, CurrentUser user, Model model) {
        int n = number(number);
        model.addAttribute("form", CommitmentReportForm.from(reporting.editor(user, n)));
        return show(user, n, model);
    }

    @PostMapping(PAGE + "{number}")
    String save(
            @PathVariable String number,
            @ModelAttribute("form") CommitmentReportForm form,
            BindingResult errors,
            @RequestParam(name = "action", defaultValue = "brouillon") String action,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        int n = number(number);
        ProgressStatus status = status(form.getStatus());
        if (status == null && form.getStatus() != null && !form.getStatus().isBlank()) {
            // a value the page never offered: refused next to the field, nothing saved
            errors.rejectValue("status", "commitment.report.status.required");
            return show(user, n, model);
        }
        boolean submit = "soumettre".equals(action);
        try {
            reporting.save(user, n, status, form.getNarrative(), form.getVersion(), submit);
        } catch (InputRefused e) {
            FormErrors.reject(errors, e.errors(), List.of("status", "narrative"));
            return show(user, n, model);
        }
        redirect.addFlashAttribute("flash", submit ? "report.flash.submitted" : "report.flash.saved");
        return "redirect:" + PAGE + n;
    }

    private String show(CurrentUser user, int number, Model model) {
        model.addAttribute("editor", views.editor(reporting.editor(user, number)));
        model.addAttribute("statuses", views.statuses());
        return "commitment/report-form";
    }

    private static @Nullable ProgressStatus status(@Nullable String code) {
        if (code == null) {
            return null;
        }
        for (ProgressStatus status : ProgressStatus.values()) {
            if (status.name().equals(code)) {
                return status;
            }
        }
        return null;
    }

    /** A State commitment's number as its address writes it ({@code 5}); anything else is no page. */
    static int number(String number) {
        if (!number.matches("[1-9][0-9]?")) {
            throw new NotFoundException("commitment", number);
        }
        return Integer.parseInt(number);
    }
}
