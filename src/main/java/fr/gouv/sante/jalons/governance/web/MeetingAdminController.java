package fr.gouv.sante.jalons.governance.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.governance.GovernanceQueries;
import fr.gouv.sante.jalons.governance.MeetingEditing;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import fr.gouv.sante.jalons.shared.web.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
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

/** Administrators list, record and correct the meetings of the governance bodies. */
@BackOffice
@Controller
class MeetingAdminController {

    /** The form's fields, in its order. */
    static final List<String> FIELDS = List.of(
            "body",
            "title",
            "date",
            "dateNote",
            "status",
            "place",
            "agenda",
            "minutesUrl",
            "minutesText",
            "bilanPeriod",
            "decisions",
            "sourceDocument",
            "sourceExcerpt");

    private final GovernanceQueries governance;
    private final MeetingEditing editing;
    private final InstancesViews views;
    private final Clock clock;

    MeetingAdminController(GovernanceQueries governance, MeetingEditing editing, InstancesViews views, Clock clock) {
        this.governance = governance;
        this.editing = editing;
        this.views = views;
        this.clock = clock;
    }

    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields(FIELDS.toArray(String[]::new));
    }

    @GetMapping("/admin/instances")
    String meetings(Model model) {
        LocalDate today = LocalDate.now(clock.withZone(FrenchFormat.PARIS));
        model.addAttribute(
                "meetings",
                governance.meetings().stream()
                        .map(meeting -> new MeetingRow(meeting.id(), meeting.bodyName(), views.meeting(meeting, today)))
                        .toList());
        return "governance/admin-meetings";
    }

    @GetMapping("/admin/instances/nouvelle")
    String newMeeting(CurrentUser admin, Model model) {
        model.addAttribute("form", new MeetingForm());
        return form(admin, null, null, model);
    }

    @PostMapping("/admin/instances/nouvelle")
    String create(
            @ModelAttribute("form") MeetingForm form,
            BindingResult errors,
            CurrentUser admin,
            Model model,
            RedirectAttributes redirect) {
        try {
            editing.create(admin, form.change(null));
        } catch (InputRefused refused) {
            FormErrors.reject(errors, refused.errors(), FIELDS);
            return form(admin, null, null, model);
        }
        redirect.addFlashAttribute("flash", "governance.admin.flash.created");
        return "redirect:/admin/instances";
    }

    @GetMapping("/admin/instances/{id}")
    String edit(@PathVariable long id, CurrentUser admin, Model model) {
        var meeting = editing.meeting(admin, id);
        model.addAttribute("form", MeetingForm.of(meeting));
        return form(admin, id, meeting.version(), model);
    }

    /** Refused: the form again with what was typed, every error next to its field and in the summary. */
    @PostMapping("/admin/instances/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") MeetingForm form,
            BindingResult errors,
            @RequestParam long version,
            CurrentUser admin,
            Model model,
            RedirectAttributes redirect) {
        try {
            editing.update(admin, id, form.change(version));
        } catch (InputRefused refused) {
            FormErrors.reject(errors, refused.errors(), FIELDS);
            return form(admin, id, version, model);
        }
        redirect.addFlashAttribute("flash", "governance.admin.flash.saved");
        return "redirect:/admin/instances";
    }

    private String form(CurrentUser admin, @Nullable Long id, @Nullable Long version, Model model) {
        model.addAttribute("meetingId", id);
        model.addAttribute("version", version);
        model.addAttribute(
                "bodies",
                governance.bodies().stream()
                        .map(body -> new BodyChoice(body.slug(), body.name()))
                        .toList());
        model.addAttribute(
                "periods",
                editing.bilanPeriods(admin).stream()
                        .map(code -> new PeriodChoice(code, views.period(code)))
                        .toList());
        return "governance/meeting-form";
    }

    /** A meeting in the administrators' list. */
    record MeetingRow(long id, String bodyName, InstancesViews.MeetingView meeting) {}

    /** A published period whose bilan the meeting may have presented. */
    record PeriodChoice(String code, String label) {}

    /** A body the meeting may belong to. */
    record BodyChoice(String slug, String name) {}
}
