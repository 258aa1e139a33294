package fr.gouv.sante.jalons.dashboard.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.charter.CharterQueries;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An objective's public page as the publication would leave it, opened from the publication summary
 * before confirming. Administrators only; marked as a draft, kept out of search engines and of
 * every cache, since it shows what is not public yet.
 */
@BackOffice
@Controller
class ObjectivePreviewController {

    private final ObjectivePageViews pageViews;
    private final CharterQueries charter;

    ObjectivePreviewController(ObjectivePageViews pageViews, CharterQueries charter) {
        this.pageViews = pageViews;
        this.charter = charter;
    }

    @GetMapping("/admin/publication/apercu/{code}")
    String preview(
            @PathVariable String code,
            CurrentUser admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            var page = pageViews.draft(admin, code);
            model.addAttribute("page", page);
            // the charter's links are no draft: the page shows them as the public one does
            model.addAttribute(
                    "commitments", charter.commitmentsLinkedTo(page.objective().code()));
        } catch (InputRefused e) {
            redirect.addFlashAttribute(
                    "errors", e.errors().values().stream().distinct().toList());
            return "redirect:/admin/publication";
        }
        model.addAttribute("draft", true);
        response.setHeader(
                HttpHeaders.CACHE_CONTROL, CacheControl.noStore().cachePrivate().getHeaderValue());
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        return "dashboard/objective";
    }
}
