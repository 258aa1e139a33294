package fr.gouv.sante.jalons.dashboard.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A 301 to today's address of a page: the current roadmap's pages live at the site's root, and its
 * {@code /feuilles-de-route/{slug}/…} addresses only send there, query string kept, so that a link
 * to either reaches the same page and search engines keep one.
 */
final class MovedPermanently {

    private MovedPermanently() {}

    /** {@code path} is one of the site's own paths, already encoded: a redirect never leaves the site. */
    static ModelAndView to(String path, HttpServletRequest request) {
        String query = request.getQueryString();
        RedirectView redirect = new RedirectView(query == null ? path : path + "?" + query, true);
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        redirect.setExposeModelAttributes(false);
        redirect.setExpandUriTemplateVariables(false);
        return new ModelAndView(redirect);
    }
}
