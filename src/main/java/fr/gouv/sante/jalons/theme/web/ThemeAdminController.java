package fr.gouv.sante.jalons.theme.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import fr.gouv.sante.jalons.shared.web.FormErrors;
import fr.gouv.sante.jalons.theme.ThemeAssignment;
import fr.gouv.sante.jalons.theme.ThemeEditing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

/** Administrators choose the objectives of each theme. */
@BackOffice
@Controller
class ThemeAdminController {

    private final ThemeEditing editing;
    private final ThemeViews views;
    private final RoadmapQueries roadmap;

    ThemeAdminController(ThemeEditing editing, ThemeViews views, RoadmapQueries roadmap) {
        this.editing = editing;
        this.views = views;
        this.roadmap = roadmap;
    }

    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("objectives");
    }

    @GetMapping("/admin/themes")
    String themes(Model model) {
        model.addAttribute("themes", views.themes());
        return "theme/admin-themes";
    }

    @GetMapping("/admin/themes/{slug}")
    String form(@PathVariable String slug, CurrentUser admin, Model model) {
        ThemeAssignment assignment = editing.assignment(admin, slug);
        ThemeAssignmentForm form = new ThemeAssignmentForm();
        form.setObjectives(new ArrayList<>(assignment.objectiveIds()));
        model.addAttribute("form", form);
        return page(assignment, assignment.version(), model);
    }

    /** Refused: the form again with what was ticked, the error next to the list and in the summary. */
    @PostMapping("/admin/themes/{slug}")
    String assign(
            @PathVariable String slug,
            @ModelAttribute("form") ThemeAssignmentForm form,
            BindingResult errors,
            @RequestParam long version,
            CurrentUser admin,
            Model model,
            RedirectAttributes redirect) {
        List<Long> ticked = form.getObjectives().stream()
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        boolean changed;
        try {
            changed = editing.assign(admin, slug, ticked, version);
        } catch (InputRefused refused) {
            FormErrors.reject(errors, refused.errors());
            return page(editing.assignment(admin, slug), version, model);
        }
        redirect.addFlashAttribute("flash", changed ? "theme.admin.flash.saved" : "theme.admin.flash.unchanged");
        return "redirect:/admin/themes/" + slug;
    }

    private String page(ThemeAssignment assignment, long version, Model model) {
        Map<ObjectiveSummary.AxisRef, List<ObjectiveSummary>> byAxis = new LinkedHashMap<>();
        for (ObjectiveSummary objective : roadmap.objectives()) {
            byAxis.computeIfAbsent(objective.axis(), axis -> new ArrayList<>()).add(objective);
        }
        model.addAttribute("theme", assignment);
        model.addAttribute("version", version);
        model.addAttribute(
                "axes",
                byAxis.entrySet().stream()
                        .map(entry -> new AxisChoices(
                                entry.getKey().number(),
                                entry.getKey().name(),
                                entry.getValue().stream()
                                        .map(o -> new ObjectiveChoice(o.id(), o.code(), o.title()))
                                        .toList()))
                        .toList());
        model.addAttribute("publicUrl", ThemeViews.url(assignment.slug()));
        return "theme/assignment";
    }

    /** An axis and its objectives, one checkbox each. */
    record AxisChoices(int number, String name, List<ObjectiveChoice> objectives) {}

    /** An objective that may be ticked. */
    record ObjectiveChoice(long id, String code, String title) {}
}
