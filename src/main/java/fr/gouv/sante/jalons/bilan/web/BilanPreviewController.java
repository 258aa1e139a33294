package fr.gouv.sante.jalons.bilan.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.bilan.domain.BilanPreview;
import fr.gouv.sante.jalons.shared.InputRefused;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The draft edition, downloaded from the publication summary before confirming. Administrators
 * only, and never stored by a cache: it shows what is not public yet.
 */
@Controller
class BilanPreviewController {

    private final BilanPreview preview;

    BilanPreviewController(BilanPreview preview) {
        this.preview = preview;
    }

    /** By a link (without a synthesis) or by the summary's form (with the synthesis typed). */
    @RequestMapping(
            path = "/admin/publication/projet.pdf",
            method = {RequestMethod.GET, RequestMethod.POST})
    Object draft(@RequestParam(required = false) String synthesis, CurrentUser admin, RedirectAttributes redirect) {
        BilanPreview.Draft draft;
        try {
            draft = preview.draft(admin, synthesis);
        } catch (InputRefused e) {
            redirect.addFlashAttribute(
                    "errors", e.errors().values().stream().distinct().toList());
            redirect.addFlashAttribute("synthesis", synthesis);
            return "redirect:/admin/publication";
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PDF);
        headers.setCacheControl(CacheControl.noStore().cachePrivate());
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename("projet-bilan-" + draft.periodCode() + ".pdf")
                .build());
        return ResponseEntity.ok().headers(headers).body(draft.pdf());
    }
}
