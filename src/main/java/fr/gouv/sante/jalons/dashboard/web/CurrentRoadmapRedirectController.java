package fr.gouv.sante.jalons.dashboard.web;

import fr.gouv.sante.jalons.roadmap.RoadmapSummary;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.web.PublicPage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The current roadmap's bilans under its slug (their pages, PDF editions and feeds) answer with a 301
 * to today's address. An archived roadmap has no bilan in Jalons, so no bilan page or feed below its
 * bilans page: a 404, like a draft's or an unknown slug.
 */
@PublicPage
@Controller
class CurrentRoadmapRedirectController {

    private static final String PREFIX = "/feuilles-de-route/";

    private final RoadmapViews views;

    CurrentRoadmapRedirectController(RoadmapViews views) {
        this.views = views;
    }

    @GetMapping(PREFIX + "{slug}/bilans/**")
    ModelAndView today(@PathVariable String slug, HttpServletRequest request) {
        RoadmapSummary roadmap = views.roadmap(slug);
        if (!roadmap.current()) {
            throw new NotFoundException("page", slug);
        }
        return MovedPermanently.to(todaysPath(request), request);
    }

    /**
     * The request's path without the roadmap's prefix, as the visitor sent it (still encoded): it
     * starts with one of the segments mapped above, so the address stays on this site.
     */
    private static String todaysPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.substring(path.indexOf('/', PREFIX.length()));
    }
}
