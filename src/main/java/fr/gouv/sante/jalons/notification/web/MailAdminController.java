package fr.gouv.sante.jalons.notification.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.notification.MailStatus;
import fr.gouv.sante.jalons.notification.Outbox;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import fr.gouv.sante.jalons.shared.web.PageLinks;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Courriels": what the application sent, is sending or failed to send, and sending again. */
@BackOffice
@Controller
class MailAdminController {

    static final int PAGE_SIZE = 50;

    private final Outbox outbox;
    private final MailViews views;

    MailAdminController(Outbox outbox, MailViews views) {
        this.outbox = outbox;
        this.views = views;
    }

    @GetMapping("/admin/courriels")
    String mails(
            @RequestParam(required = false) String statut,
            @RequestParam(required = false) String page,
            CurrentUser admin,
            Model model) {
        MailStatus status = MailViews.statusOf(statut);
        Map<MailStatus, Long> counts = outbox.counts(admin);
        long listed = status == null
                ? counts.values().stream().mapToLong(Long::longValue).sum()
                : counts.getOrDefault(status, 0L);
        int pages = (int) Math.max(1, (listed + PAGE_SIZE - 1) / PAGE_SIZE);
        int asked = PageLinks.requested(page, pages);
        int number = Math.max(asked, 1);
        model.addAttribute(
                "page",
                views.page(
                        outbox.recent(admin, status, PAGE_SIZE, (long) (number - 1) * PAGE_SIZE),
                        counts,
                        status,
                        asked == 0 ? String.valueOf(page) : null,
                        number,
                        pages));
        return "notification/mails";
    }

    @GetMapping("/admin/courriels/{id}")
    String mail(@PathVariable long id, CurrentUser admin, Model model) {
        model.addAttribute(
                "mail",
                views.mail(
                        outbox.mail(admin, id).orElseThrow(() -> new NotFoundException("mail", String.valueOf(id)))));
        return "notification/mail";
    }

    @PostMapping("/admin/courriels/{id}/renvoi")
    String resend(@PathVariable long id, CurrentUser admin, RedirectAttributes redirect) {
        if (outbox.resend(admin, id)) {
            redirect.addFlashAttribute("flash", "mails.flash.resent");
        } else {
            redirect.addFlashAttribute("error", "mails.resend.impossible");
        }
        return "redirect:/admin/courriels";
    }
}
