package fr.gouv.sante.jalons.roadmapadmin.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.roadmap.RoadmapEditing;
import fr.gouv.sante.jalons.roadmap.RoadmapEditing.ObjectiveStructure;
import fr.gouv.sante.jalons.roadmap.StructureChange;
import fr.gouv.sante.jalons.roadmap.StructureRejected;
import fr.gouv.sante.jalons.shared.Deadline;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import java.util.Arrays;
import java.util.List;
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

/** An administrator edits an objective's title, target, deadline, lead organisations and designated pilot. */
@BackOffice
@Controller
class ObjectiveStructureController {

    private final RoadmapEditing editing;

    ObjectiveStructureController(RoadmapEditing editing) {
        this.editing = editing;
    }

    /** The form's fields, in its order. */
    private static final List<String> FIELDS = List.of("title", "target", "deadline", "owners", "pilot", "reason");

    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields(FIELDS.toArray(String[]::new));
    }

    @GetMapping("/admin/objectifs/{code}/structure")
    String form(@PathVariable String code, CurrentUser admin, Model model) {
        ObjectiveStructure structure = editing.structure(admin, ObjectiveCode.fromPath(code));
        model.addAttribute("structure", structure);
        model.addAttribute(
                "form",
                StructureForm.of(
                        structure.title(),
                        structure.target(),
                        structure.deadline().iso(),
                        String.join(", ", structure.ownerAcronyms()),
                        structure.pilot() == null ? "" : structure.pilot()));
        return "roadmap/structure";
    }

    /** Refused: the form again with what was typed, every error next to its field and in the summary. */
    @PostMapping("/admin/objectifs/{code}/structure")
    String update(
            @PathVariable String code,
            @ModelAttribute("form") StructureForm form,
            BindingResult errors,
            @RequestParam long version,
            CurrentUser admin,
            Model model,
            RedirectAttributes redirect) {
        ObjectiveCode objective = ObjectiveCode.fromPath(code);
        // the forms of the roadmap import: "2026" stays a year, and what is no deadline is refused
        Deadline deadline = Deadline.parse(form.getDeadline()).orElse(null);
        List<String> acronyms = form.getOwners() == null
                ? List.of()
                : Arrays.stream(form.getOwners().split(",")).toList();
        try {
            editing.update(
                    admin,
                    objective,
                    new StructureChange(
                            form.getTitle(),
                            form.getTarget(),
                            deadline,
                            acronyms,
                            form.getPilot(),
                            form.getReason(),
                            version));
        } catch (StructureRejected e) {
            e.errors().forEach((field, key) -> {
                if (FIELDS.contains(field)) {
                    errors.rejectValue(field, key, e.arguments(field).toArray(), null);
                } else {
                    errors.reject(key, e.arguments(field).toArray(), null);
                }
            });
            ObjectiveStructure saved = editing.structure(admin, objective);
            model.addAttribute(
                    "structure",
                    new ObjectiveStructure(
                            saved.code(),
                            saved.title(),
                            saved.target(),
                            saved.deadline(),
                            saved.ownerAcronyms(),
                            saved.pilot(),
                            version));
            return "roadmap/structure";
        }
        redirect.addFlashAttribute("flash", "structure.flash.saved");
        return "redirect:/admin/objectifs/" + objective + "/structure";
    }
}
