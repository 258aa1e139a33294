package fr.gouv.sante.jalons.backoffice.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.ReportingRules;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The DNS decides whether co-owners update the objectives another organisation pilots. */
@BackOffice
@Controller
class ReportingRuleController {

    private final ReportingRules rules;

    ReportingRuleController(ReportingRules rules) {
        this.rules = rules;
    }

    @PostMapping("/admin/campagne/regle")
    String change(
            @RequestParam(name = "coOwnersReport", defaultValue = "false") boolean coOwnersReport,
            @RequestParam long version,
            CurrentUser admin,
            RedirectAttributes redirect) {
        try {
            rules.change(admin, coOwnersReport, version);
            redirect.addFlashAttribute("flash", "reporting-rule.flash");
        } catch (InputRefused e) {
            redirect.addFlashAttribute("errors", e.errors().values().stream().toList());
        }
        return "redirect:/admin#regle";
    }
}
