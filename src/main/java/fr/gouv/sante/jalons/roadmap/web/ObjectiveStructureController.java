package fr.gouv.sante.jalons.roadmap.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.roadmap.RoadmapEditing;
import fr.gouv.sante.jalons.roadmap.RoadmapEditing.ObjectiveStructure;
import fr.gouv.sante.jalons.roadmap.StructureChange;
import fr.gouv.sante.jalons.roadmap.StructureRejected;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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

    @GetMapping("/admin/objectifs/{code}/structure")
    String form(@PathVariable String code, CurrentUser admin, Model model) {
        ObjectiveStructure structure = editing.structure(admin, ObjectiveCode.fromPath(code));
        model.addAttribute("structure", structure);
        if (!model.containsAttribute("values")) {
            model.addAttribute(
                    "values",
                    new Values(
                            structure.title(),
                            structure.target(),
                            structure.deadline().toString(),
                            String.join(", ", structure.ownerAcronyms()),
                            structure.pilot() == null ? "" : structure.pilot(),
                            ""));
        }
        return "roadmap/structure";
    }

    @PostMapping("/admin/objectifs/{code}/structure")
    String update(
            @PathVariable String code,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String target,
            @RequestParam(required = false) String deadline,
            @RequestParam(required = false) String owners,
            @RequestParam(required = false) String pilot,
            @RequestParam(required = false) String reason,
            @RequestParam long version,
            CurrentUser admin,
            RedirectAttributes redirect) {
        ObjectiveCode objective = ObjectiveCode.fromPath(code);
        LocalDate date = null;
        try {
            date = deadline == null || deadline.isBlank() ? null : LocalDate.parse(deadline.strip());
        } catch (DateTimeParseException e) {
            date = null;
        }
        List<String> acronyms =
                owners == null ? List.of() : Arrays.stream(owners.split(",")).toList();
        try {
            editing.update(
                    admin, objective, new StructureChange(title, target, date, acronyms, pilot, reason, version));
        } catch (StructureRejected e) {
            redirect.addFlashAttribute(
                    "errors", e.errors().values().stream().distinct().toList());
            redirect.addFlashAttribute("values", new Values(title, target, deadline, owners, pilot, reason));
            return "redirect:/admin/objectifs/" + objective + "/structure";
        }
        redirect.addFlashAttribute("flash", "structure.flash.saved");
        return "redirect:/admin/objectifs/" + objective + "/structure";
    }

    /**
     * The values shown in the form: the saved ones, or the ones the administrator typed (then a flash
     * attribute, kept in the JDBC session: serializable).
     */
    record Values(String title, String target, String deadline, String owners, String pilot, String reason)
            implements java.io.Serializable {}
}
