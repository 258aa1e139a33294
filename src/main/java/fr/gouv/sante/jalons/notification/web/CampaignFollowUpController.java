package fr.gouv.sante.jalons.notification.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.notification.CampaignReminders;
import fr.gouv.sante.jalons.notification.ReminderPlan;
import fr.gouv.sante.jalons.notification.domain.CampaignExport;
import fr.gouv.sante.jalons.notification.domain.CampaignExport.Table;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The DNS follows the campaign: a reminder at once ("Relancer maintenant") and the export of its state. */
@BackOffice
@Controller
class CampaignFollowUpController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CampaignReminders reminders;
    private final CampaignExport export;

    CampaignFollowUpController(CampaignReminders reminders, CampaignExport export) {
        this.reminders = reminders;
        this.export = export;
    }

    /** The reminder screen: who a reminder now would reach and who it cannot, and what each past reminder did. */
    @GetMapping("/admin/relances")
    String reminders(CurrentUser admin, Model model) {
        var plan = reminders.plan(admin);
        model.addAttribute("plan", plan.orElse(null));
        model.addAttribute(
                "history",
                plan.map(p -> reminders.history(admin, p.period()).stream()
                                .map(outcome -> new OutcomeView(
                                        FrenchFormat.dateTime(outcome.sentAt()),
                                        outcome.reminderKey(),
                                        outcome.acronym(),
                                        outcome.recipients(),
                                        outcome.invitations(),
                                        outcome.unreachable(),
                                        outcome.objectives()))
                                .toList())
                        .orElse(List.of()));
        return "notification/reminders";
    }

    /** The run's outcome is shown on the reminder screen: who got it, who got the invitation again, who was missed. */
    @PostMapping("/admin/relance")
    String remindNow(CurrentUser admin, RedirectAttributes redirect) {
        ReminderPlan run = reminders.sendNow(admin);
        redirect.addFlashAttribute("flash", "deadline.flash.reminded");
        redirect.addFlashAttribute("flashCount", run.reminded().size());
        redirect.addFlashAttribute("run", run);
        return "redirect:/admin/relances";
    }

    /** One organisation in one past reminder. */
    record OutcomeView(
            String sentAt,
            String key,
            String acronym,
            int recipients,
            int invitations,
            boolean unreachable,
            String objectives) {}

    @GetMapping("/admin/campagne/export.xlsx")
    ResponseEntity<byte[]> xlsx(CurrentUser admin) {
        return export.table(admin)
                .map(table -> file(CampaignExport.xlsx(table), XLSX, name(table, "xlsx")))
                .orElseThrow(() -> new NotFoundException("campaign", "open"));
    }

    @GetMapping("/admin/campagne/export.csv")
    ResponseEntity<byte[]> csv(CurrentUser admin) {
        return export.table(admin)
                .map(table -> file(
                        CampaignExport.csv(table).getBytes(StandardCharsets.UTF_8),
                        new MediaType("text", "csv", StandardCharsets.UTF_8),
                        name(table, "csv")))
                .orElseThrow(() -> new NotFoundException("campaign", "open"));
    }

    private static String name(Table table, String extension) {
        return "campagne-" + table.period() + "." + extension;
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}
