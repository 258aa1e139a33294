package fr.gouv.sante.jalons.commitment.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.commitment.CommitmentLeads;
import fr.gouv.sante.jalons.commitment.CommitmentLeads.LeadRow;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import fr.gouv.sante.jalons.shared.web.FormErrors;
import java.util.LinkedHashSet;
import java.util.List;
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

/** Administrators name the lead organisations of the State's commitments: the list, and one page each. */
@BackOffice
@Controller
class CommitmentLeadController {

    static final String PAGE = "/admin/charte/pilotes";

    private final CommitmentLeads leads;

    CommitmentLeadController(CommitmentLeads leads) {
        this.leads = leads;
    }

    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("leads");
        binder.setAutoGrowCollectionLimit(64);
    }

    @GetMapping(PAGE)
    String all(CurrentUser admin, Model model) {
        model.addAttribute("editing", leads.editing(admin));
        return "commitment/leads";
    }

    @GetMapping(PAGE + "/{number}")
    String commitment(@PathVariable String number, CurrentUser admin, Model model) {
        LeadRow row = leads.commitment(admin, CommitmentReportController.number(number));
        LeadForm form = new LeadForm();
        form.setLeads(row.leads());
        model.addAttribute("form", form);
        return page(admin, row, model);
    }

    @PostMapping(PAGE + "/{number}")
    String change(
            @PathVariable String number,
            @ModelAttribute("form") LeadForm form,
            BindingResult errors,
            @RequestParam long version,
            CurrentUser admin,
            Model model,
            RedirectAttributes redirect) {
        int n = CommitmentReportController.number(number);
        try {
            leads.change(admin, n, new LinkedHashSet<>(form.getLeads()), version);
        } catch (InputRefused e) {
            FormErrors.reject(errors, e.errors(), List.of("leads"));
            LeadRow saved = leads.commitment(admin, n);
            return page(admin, new LeadRow(saved.number(), saved.text(), saved.leads(), version), model);
        }
        redirect.addFlashAttribute("flash", "commitment.leads.flash.saved");
        return "redirect:" + PAGE + "/" + n;
    }

    private String page(CurrentUser admin, LeadRow row, Model model) {
        model.addAttribute("commitment", row);
        model.addAttribute("organisations", leads.editing(admin).organisations());
        return "commitment/lead";
    }
}
