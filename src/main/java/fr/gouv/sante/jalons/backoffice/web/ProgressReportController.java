package fr.gouv.sante.jalons.backoffice.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.ProgressReporting;
import fr.gouv.sante.jalons.campaign.ReportCommand;
import fr.gouv.sante.jalons.campaign.ReportConflict;
import fr.gouv.sante.jalons.campaign.ReportFormView;
import fr.gouv.sante.jalons.commitment.CommitmentReporting;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.MarkdownText;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import fr.gouv.sante.jalons.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
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

/** "Mes objectifs" and the progress report form of the open period. */
@BackOffice
@Controller
class ProgressReportController {

    private final ProgressReporting reporting;
    private final BackOfficeViews views;
    private final DeadlineViews deadlines;
    private final CommitmentReporting commitments;

    ProgressReportController(
            ProgressReporting reporting,
            BackOfficeViews views,
            DeadlineViews deadlines,
            CommitmentReporting commitments) {
        this.reporting = reporting;
        this.commitments = commitments;
        this.views = views;
        this.deadlines = deadlines;
    }

    /** Only the form's own fields bind; an index beyond the indicators is ignored, never a 500. */
    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("status", "narrative", "version", "measurements*");
        binder.setAutoGrowCollectionLimit(64);
        binder.setIgnoreInvalidFields(true);
    }

    @GetMapping("/espace")
    String workspace(CurrentUser user, @RequestParam(name = "filtre", defaultValue = "") String filter, Model model) {
        var workspace = reporting.workspace(user);
        model.addAttribute(
                "page", views.workspace(workspace, user == null ? null : user.organisationAcronym(), filter));
        model.addAttribute("due", deadlines.due());
        model.addAttribute("commitments", views.commitments(commitments.workspace(user)));
        // published but not closed: late reports of the period can still be written and submitted
        model.addAttribute(
                "periodPublished",
                workspace.period() != null && workspace.period().publishedAt() != null);
        return "campaign/workspace";
    }

    @GetMapping("/espace/objectifs/{code}")
    String form(@PathVariable String code, CurrentUser user, Model model) {
        ReportFormView editor = reporting.editor(user, ObjectiveCode.fromPath(code));
        model.addAttribute("form", ProgressReportForm.from(editor));
        return showForm(editor, model);
    }

    @PostMapping("/espace/objectifs/{code}")
    String save(
            @PathVariable String code,
            @ModelAttribute("form") ProgressReportForm form,
            BindingResult errors,
            @RequestParam(name = "action", defaultValue = "brouillon") String button,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        ObjectiveCode objective = ObjectiveCode.fromPath(code);
        ReportFormAction action = ReportFormAction.of(button);
        if (action == ReportFormAction.PREVIEW) {
            if (ProgressReportForms.previewable(form, errors)) {
                model.addAttribute("preview", MarkdownText.toSafeHtml(form.getNarrative()));
            }
            return showForm(reporting.editor(user, objective), model);
        }
        ReportCommand command = ProgressReportForms.toCommand(form, errors);
        boolean submit = action == ReportFormAction.SUBMIT;
        if (errors.hasErrors()) {
            // the rows that did parse get the business checks too: every bad row is reported at once
            FormErrors.reject(
                    errors, reporting.refusals(user, objective, command, submit), ProgressReportForms.fieldsOf(form));
            return showForm(reporting.editor(user, objective), model);
        }
        try {
            reporting.save(user, objective, command, submit);
        } catch (InputRefused e) {
            FormErrors.reject(errors, e.errors(), ProgressReportForms.fieldsOf(form));
            return showForm(reporting.editor(user, objective), model);
        } catch (ReportConflict e) {
            // nothing saved: both sides shown, the merge form starts from the saved version plus what was typed
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("theirs", views.editor(e.current()));
            model.addAttribute("mine", views.typed(e.current(), form));
            model.addAttribute("form", ProgressReportForm.merge(e.current(), form));
            model.addAttribute("statuses", views.statuses());
            return "campaign/conflict";
        }
        redirect.addFlashAttribute("flash", submit ? "report.flash.submitted" : "report.flash.saved");
        return "redirect:/espace/objectifs/" + objective;
    }

    /** The editor takes a submitted report back to draft, before the DNS reviews it. */
    @PostMapping("/espace/objectifs/{code}/retrait")
    String withdraw(
            @PathVariable String code,
            @RequestParam(required = false) String version,
            CurrentUser user,
            RedirectAttributes redirect) {
        ObjectiveCode objective = ObjectiveCode.fromPath(code);
        if (version == null || !version.matches("[0-9]{1,9}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        try {
            reporting.withdraw(user, objective, Long.parseLong(version));
            redirect.addFlashAttribute("flash", "report.flash.withdrawn");
        } catch (InputRefused | ReportConflict e) {
            redirect.addFlashAttribute("withdrawError", "report.withdraw.too-late");
        }
        return "redirect:/espace/objectifs/" + objective;
    }

    private String showForm(ReportFormView editor, Model model) {
        model.addAttribute("editor", views.editor(editor));
        model.addAttribute("statuses", views.statuses());
        return "campaign/report-form";
    }
}
