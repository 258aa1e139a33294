package fr.gouv.sante.jalons.notification.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.notification.CampaignReminders;
import fr.gouv.sante.jalons.notification.domain.CampaignExport;
import fr.gouv.sante.jalons.notification.domain.CampaignExport.Table;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
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

    @PostMapping("/admin/relance")
    String remindNow(CurrentUser admin, RedirectAttributes redirect) {
        int organisations = reminders.sendNow(admin);
        redirect.addFlashAttribute("flash", "deadline.flash.reminded");
        redirect.addFlashAttribute("flashCount", organisations);
        return "redirect:/admin";
    }

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
