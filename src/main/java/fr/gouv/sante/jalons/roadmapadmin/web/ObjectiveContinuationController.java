package fr.gouv.sante.jalons.roadmapadmin.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.roadmap.ContinuationEditing;
import fr.gouv.sante.jalons.roadmap.ContinuationEditing.ContinuationChoices;
import fr.gouv.sante.jalons.roadmap.Continuations;
import fr.gouv.sante.jalons.roadmap.StructureRejected;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.web.BackOffice;
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
import org.springframework.web.util.UriComponentsBuilder;

/** An administrator says which items of earlier roadmaps an objective of the current roadmap continues. */
@BackOffice
@Controller
class ObjectiveContinuationController {

    private static final String PAGE = "/admin/objectifs/{code}/prolongements";
    private static final List<String> FIELDS = List.of("continuedRoadmap", "continuedCode");

    private final ContinuationEditing editing;

    ObjectiveContinuationController(ContinuationEditing editing) {
        this.editing = editing;
    }

    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields(FIELDS.toArray(String[]::new));
    }

    @GetMapping(PAGE)
    String form(@PathVariable String code, CurrentUser admin, Model model) {
        model.addAttribute("form", new ContinuationForm());
        return page(editing.choices(admin, ObjectiveCode.fromPath(code)), model);
    }

    /** Refused: the page again with what was typed, each error next to its field and in the summary. */
    @PostMapping(PAGE)
    String add(
            @PathVariable String code,
            @ModelAttribute("form") ContinuationForm form,
            BindingResult errors,
            CurrentUser admin,
            Model model,
            RedirectAttributes redirect) {
        ObjectiveCode objective = ObjectiveCode.fromPath(code);
        try {
            editing.add(admin, objective, form.getContinuedRoadmap(), form.getContinuedCode());
        } catch (StructureRejected e) {
            e.errors()
                    .forEach((field, key) ->
                            errors.rejectValue(field, key, e.arguments(field).toArray(), null));
            return page(editing.choices(admin, objective), model);
        }
        redirect.addFlashAttribute("flash", "continuation.flash.added");
        return "redirect:/admin/objectifs/" + objective + "/prolongements";
    }

    @PostMapping(PAGE + "/retrait")
    String remove(
            @PathVariable String code,
            @RequestParam String continuedRoadmap,
            @RequestParam String continuedCode,
            CurrentUser admin,
            RedirectAttributes redirect) {
        ObjectiveCode objective = ObjectiveCode.fromPath(code);
        editing.remove(admin, objective, continuedRoadmap, continuedCode);
        redirect.addFlashAttribute("flash", "continuation.flash.removed");
        return "redirect:/admin/objectifs/" + objective + "/prolongements";
    }

    private static String page(ContinuationChoices choices, Model model) {
        model.addAttribute("choices", choices);
        model.addAttribute(
                "links",
                choices.continues().stream().map(ContinuationLinkView::of).toList());
        return "roadmap/continuations";
    }

    /** A recorded continuation, with the address of the continued item's public page. */
    record ContinuationLinkView(String roadmapSlug, String roadmapTitle, String code, String title, String url) {

        static ContinuationLinkView of(Continuations.Link link) {
            return new ContinuationLinkView(
                    link.roadmapSlug(),
                    link.roadmapTitle(),
                    link.code(),
                    link.title(),
                    UriComponentsBuilder.fromPath("/feuilles-de-route/{slug}/objectifs/{code}")
                            .buildAndExpand(link.roadmapSlug(), link.code())
                            .encode()
                            .toUriString());
        }
    }
}
