package fr.gouv.sante.jalons.roadmapadmin.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.roadmap.RoadmapLifecycle;
import fr.gouv.sante.jalons.roadmap.RoadmapLifecycle.RoadmapEntry;
import fr.gouv.sante.jalons.roadmap.RoadmapLifecycle.StateChange;
import fr.gouv.sante.jalons.roadmap.RoadmapState;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.MalformedInputException;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import fr.gouv.sante.jalons.shared.web.FormErrors;
import java.util.List;
import java.util.Locale;
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
 * The DNS's roadmaps: all of them, drafts included, the form creating one, and the confirmation page
 * of a move between states (making one current archives the previous current one).
 */
@BackOffice
@Controller
class RoadmapAdminController {

    static final String LIST = "/admin/feuilles-de-route";
    private static final String STATE = LIST + "/{slug}/etat";

    /** The form's fields, in its order. */
    static final List<String> FIELDS = List.of(
            RoadmapLifecycle.CODE,
            RoadmapLifecycle.SLUG,
            RoadmapLifecycle.TITLE,
            RoadmapLifecycle.START_YEAR,
            RoadmapLifecycle.END_YEAR);

    private final RoadmapLifecycle lifecycle;

    RoadmapAdminController(RoadmapLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields(FIELDS.toArray(String[]::new));
    }

    /** A roadmap in the list, with the moves and the import its state allows. */
    record RoadmapRow(
            RoadmapEntry roadmap, String stateKey, String badgeClass, boolean canMakeCurrent, boolean canArchive) {

        static RoadmapRow of(RoadmapEntry roadmap) {
            RoadmapState state = roadmap.state();
            return new RoadmapRow(
                    roadmap,
                    "roadmap.state." + state.name(),
                    switch (state) {
                        case CURRENT -> "fr-badge--success";
                        case DRAFT -> "fr-badge--info";
                        case ARCHIVED -> "fr-badge--new";
                    },
                    state != RoadmapState.CURRENT,
                    state == RoadmapState.DRAFT);
        }
    }

    @GetMapping(LIST)
    String roadmaps(CurrentUser admin, Model model) {
        model.addAttribute("form", new RoadmapForm());
        return page(admin, model);
    }

    /** Refused: the list again, the form with what was typed and every error next to its field. */
    @PostMapping(LIST)
    String create(
            @ModelAttribute("form") RoadmapForm form,
            BindingResult errors,
            CurrentUser admin,
            Model model,
            RedirectAttributes redirect) {
        try {
            lifecycle.create(admin, form.roadmap());
        } catch (InputRefused refused) {
            FormErrors.reject(errors, refused.errors(), FIELDS);
            model.addAttribute("refused", true);
            return page(admin, model);
        }
        redirect.addFlashAttribute("flash", "roadmap.flash.created");
        return "redirect:" + LIST;
    }

    private String page(CurrentUser admin, Model model) {
        model.addAttribute(
                "roadmaps",
                lifecycle.roadmaps(admin).stream().map(RoadmapRow::of).toList());
        return "roadmap/roadmaps";
    }

    /** What the move would do, to be confirmed; nothing changes on this page. */
    @GetMapping(STATE)
    String confirmation(
            @PathVariable String slug,
            @RequestParam(name = "vers", required = false) String target,
            CurrentUser admin,
            Model model) {
        StateChange change = lifecycle.stateChange(admin, slug, state(target));
        model.addAttribute("change", change);
        model.addAttribute("current", RoadmapRow.of(change.roadmap()));
        return "roadmap/roadmap-state";
    }

    @PostMapping(STATE)
    String move(
            @PathVariable String slug,
            @RequestParam(name = "depuis", required = false) String from,
            @RequestParam(name = "vers", required = false) String target,
            CurrentUser admin,
            RedirectAttributes redirect) {
        RoadmapState to = state(target);
        try {
            lifecycle.changeState(admin, slug, state(from), to);
        } catch (InputRefused refused) {
            redirect.addFlashAttribute(
                    "error", refused.errors().values().iterator().next());
            return "redirect:" + LIST;
        }
        redirect.addFlashAttribute("flash", "roadmap.flash.state." + to.name());
        return "redirect:" + LIST;
    }

    /** A state as the links and forms name it ({@code CURRENT}); anything else is no page (404). */
    private static RoadmapState state(String text) {
        try {
            return RoadmapState.valueOf(String.valueOf(text).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MalformedInputException("roadmap-state", text);
        }
    }
}
