package fr.gouv.sante.jalons.dashboard.web;

import fr.gouv.sante.jalons.roadmap.RoadmapSummary;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.web.PublicPage;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;

/**
 * The public roadmaps: their list, and each one's home, objectives, objective pages and bilans. An
 * archived roadmap's are served here from its rows; the current roadmap's answer with a 301 to
 * today's pages; an unknown slug or a draft is a 404.
 */
@PublicPage
@Controller
class RoadmapPageController {

    private final RoadmapViews views;

    RoadmapPageController(RoadmapViews views) {
        this.views = views;
    }

    @GetMapping("/feuilles-de-route")
    String roadmaps(Model model) {
        model.addAttribute("roadmaps", views.list());
        return "dashboard/roadmaps";
    }

    @GetMapping("/feuilles-de-route/{slug}")
    ModelAndView home(@PathVariable String slug, HttpServletRequest request) {
        RoadmapSummary roadmap = views.roadmap(slug);
        if (roadmap.current()) {
            return MovedPermanently.to("/", request);
        }
        return new ModelAndView("dashboard/roadmap", "page", views.home(roadmap));
    }

    @GetMapping("/feuilles-de-route/{slug}/objectifs")
    ModelAndView objectives(
            @PathVariable String slug,
            @RequestParam(name = "page", required = false) @Nullable String page,
            HttpServletRequest request) {
        RoadmapSummary roadmap = views.roadmap(slug);
        if (roadmap.current()) {
            return MovedPermanently.to(Urls.objectives(), request);
        }
        return new ModelAndView("dashboard/roadmap-objectives", "page", views.objectives(roadmap, page));
    }

    @GetMapping("/feuilles-de-route/{slug}/objectifs/{code}")
    ModelAndView objective(@PathVariable String slug, @PathVariable String code, HttpServletRequest request) {
        RoadmapSummary roadmap = views.roadmap(slug);
        if (roadmap.current()) {
            // a code that names no objective is a 404 here, never a redirect to one
            return MovedPermanently.to(
                    Urls.objective(ObjectiveCode.fromPath(code).toString()), request);
        }
        return new ModelAndView("dashboard/roadmap-objective", "page", views.objective(roadmap, code));
    }

    @GetMapping("/feuilles-de-route/{slug}/axes/{number}")
    ModelAndView axis(@PathVariable String slug, @PathVariable String number, HttpServletRequest request) {
        RoadmapSummary roadmap = views.roadmap(slug);
        if (roadmap.current()) {
            return MovedPermanently.to("/axes/" + UriUtils.encodePathSegment(number, StandardCharsets.UTF_8), request);
        }
        return new ModelAndView("dashboard/roadmap-axis", "page", views.axis(roadmap, number));
    }

    @GetMapping("/feuilles-de-route/{slug}/organisations")
    ModelAndView organisations(@PathVariable String slug, HttpServletRequest request) {
        RoadmapSummary roadmap = views.roadmap(slug);
        if (roadmap.current()) {
            return MovedPermanently.to("/organisations", request);
        }
        return new ModelAndView("dashboard/roadmap-organisations", "page", views.organisations(roadmap));
    }

    @GetMapping("/feuilles-de-route/{slug}/organisations/{organisation}")
    ModelAndView organisation(
            @PathVariable String slug,
            @PathVariable String organisation,
            @RequestParam(name = "page", required = false) @Nullable String page,
            HttpServletRequest request) {
        RoadmapSummary roadmap = views.roadmap(slug);
        if (roadmap.current()) {
            return MovedPermanently.to(
                    "/organisations/" + UriUtils.encodePathSegment(organisation, StandardCharsets.UTF_8), request);
        }
        return new ModelAndView(
                "dashboard/roadmap-organisation", "page", views.organisation(roadmap, organisation, page));
    }

    @GetMapping("/feuilles-de-route/{slug}/bilans")
    ModelAndView bilans(@PathVariable String slug, HttpServletRequest request) {
        RoadmapSummary roadmap = views.roadmap(slug);
        if (roadmap.current()) {
            return MovedPermanently.to(Urls.roadmapBilans(slug, true), request);
        }
        return new ModelAndView("dashboard/roadmap-bilans", "page", views.bilans(roadmap));
    }
}
