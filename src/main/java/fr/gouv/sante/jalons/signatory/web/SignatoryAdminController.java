package fr.gouv.sante.jalons.signatory.web;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import fr.gouv.sante.jalons.shared.web.FormErrors;
import fr.gouv.sante.jalons.shared.web.PageLinks;
import fr.gouv.sante.jalons.signatory.Sector;
import fr.gouv.sante.jalons.signatory.SignatoryQueries;
import fr.gouv.sante.jalons.signatory.SignatoryRegister;
import fr.gouv.sante.jalons.signatory.SignatorySummary;
import fr.gouv.sante.jalons.signatory.web.SignatoryViews.Option;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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

/** Administrators keep the register of signatories: list, add, correct, record a withdrawal or a reinstatement. */
@BackOffice
@Controller
class SignatoryAdminController {

    static final String LIST = "/admin/charte/signataires";

    /** The form's fields, in its order. */
    private static final List<String> FIELDS = List.of(
            SignatoryRegister.LEGAL_NAME,
            SignatoryRegister.SIREN,
            SignatoryRegister.SECTORS,
            SignatoryRegister.SIGNED_ON,
            SignatoryRegister.CHARTER_VERSION);

    private static final List<String> WITHDRAWAL_FIELDS =
            List.of(SignatoryRegister.WITHDRAWN_ON, SignatoryRegister.WITHDRAWAL_REASON);

    private static final List<String> REINSTATEMENT_FIELDS =
            List.of(SignatoryRegister.REINSTATED_ON, SignatoryRegister.REINSTATEMENT_REASON);

    private final SignatoryRegister register;
    private final SignatoryQueries signatories;
    private final SignatoryViews views;
    private final AccessPolicy policy;
    private final MessageSource messages;

    SignatoryAdminController(
            SignatoryRegister register,
            SignatoryQueries signatories,
            SignatoryViews views,
            AccessPolicy policy,
            MessageSource messages) {
        this.register = register;
        this.signatories = signatories;
        this.views = views;
        this.policy = policy;
        this.messages = messages;
    }

    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields(FIELDS.toArray(String[]::new));
    }

    @InitBinder("withdrawal")
    void allowOnlyWithdrawalFields(WebDataBinder binder) {
        binder.setAllowedFields(WITHDRAWAL_FIELDS.toArray(String[]::new));
    }

    @InitBinder("reinstatement")
    void allowOnlyReinstatementFields(WebDataBinder binder) {
        binder.setAllowedFields(REINSTATEMENT_FIELDS.toArray(String[]::new));
    }

    /**
     * A row of the administrators' list: the public row and what to edit it with; an active signatory
     * can be withdrawn, a withdrawn one reinstated (the other address is null).
     */
    record AdminRowView(
            long id,
            SignatoryViews.SignatoryRowView row,
            String editUrl,
            @Nullable String withdrawalUrl,
            @Nullable String reinstatementUrl) {}

    /** Rows per page of the administrators' list, as on the public register. */
    static final int PAGE_SIZE = 100;

    @GetMapping(LIST)
    String list(CurrentUser admin, @RequestParam(name = "page", required = false) @Nullable String page, Model model) {
        policy.requireAdmin(admin);
        PageLinks.Slice<SignatorySummary> shown =
                PageLinks.slice(signatories.all(), page, PAGE_SIZE, number -> PageLinks.numbered(LIST, number));
        model.addAttribute(
                "rows",
                shown.rows().stream()
                        .map(s -> new AdminRowView(
                                s.id(),
                                views.row(s),
                                LIST + "/" + s.id(),
                                s.active() ? LIST + "/" + s.id() + "/retrait" : null,
                                s.active() ? null : LIST + "/" + s.id() + "/reintegration"))
                        .toList());
        model.addAttribute("total", shown.total());
        model.addAttribute("unknownPage", shown.unknownPage());
        model.addAttribute("pagination", shown.pagination());
        return "charter/admin-signatories";
    }

    @GetMapping(LIST + "/nouveau")
    String newSignatory(CurrentUser admin, Model model) {
        policy.requireAdmin(admin);
        model.addAttribute("form", new SignatoryForm());
        return form(model, null);
    }

    @PostMapping(LIST)
    String add(
            @ModelAttribute("form") SignatoryForm form,
            BindingResult errors,
            CurrentUser admin,
            Model model,
            RedirectAttributes redirect) {
        try {
            register.add(admin, form.input());
        } catch (InputRefused e) {
            FormErrors.reject(errors, e.errors(), FIELDS);
            return form(model, null);
        }
        redirect.addFlashAttribute("flash", "charter.admin.flash.added");
        return "redirect:" + LIST;
    }

    @GetMapping(LIST + "/{id}")
    String edit(@PathVariable long id, CurrentUser admin, Model model) {
        policy.requireAdmin(admin);
        SignatorySummary signatory = find(id);
        model.addAttribute("form", SignatoryForm.of(signatory));
        return form(model, signatory);
    }

    @PostMapping(LIST + "/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") SignatoryForm form,
            BindingResult errors,
            @RequestParam long version,
            CurrentUser admin,
            Model model,
            RedirectAttributes redirect) {
        try {
            register.update(admin, id, form.input(), version);
        } catch (InputRefused e) {
            FormErrors.reject(errors, e.errors(), FIELDS);
            // the version the form started from: a stale one is caught when it is sent again
            return form(model, find(id).withVersion(version));
        }
        redirect.addFlashAttribute("flash", "charter.admin.flash.saved");
        return "redirect:" + LIST;
    }

    @GetMapping(LIST + "/{id}/retrait")
    String withdrawal(@PathVariable long id, CurrentUser admin, Model model) {
        policy.requireAdmin(admin);
        model.addAttribute("withdrawal", new WithdrawalForm());
        model.addAttribute("signatory", find(id));
        return "charter/withdrawal";
    }

    @PostMapping(LIST + "/{id}/retrait")
    String withdraw(
            @PathVariable long id,
            @ModelAttribute("withdrawal") WithdrawalForm form,
            BindingResult errors,
            @RequestParam long version,
            CurrentUser admin,
            Model model,
            RedirectAttributes redirect) {
        try {
            register.withdraw(admin, id, form.input(), version);
        } catch (InputRefused e) {
            FormErrors.reject(errors, e.errors(), WITHDRAWAL_FIELDS);
            model.addAttribute("signatory", find(id).withVersion(version));
            return "charter/withdrawal";
        }
        redirect.addFlashAttribute("flash", "charter.admin.flash.withdrawn");
        return "redirect:" + LIST;
    }

    @GetMapping(LIST + "/{id}/reintegration")
    String reinstatement(@PathVariable long id, CurrentUser admin, Model model) {
        policy.requireAdmin(admin);
        model.addAttribute("reinstatement", new ReinstatementForm());
        return reinstatementPage(model, find(id));
    }

    @PostMapping(LIST + "/{id}/reintegration")
    String reinstate(
            @PathVariable long id,
            @ModelAttribute("reinstatement") ReinstatementForm form,
            BindingResult errors,
            @RequestParam long version,
            CurrentUser admin,
            Model model,
            RedirectAttributes redirect) {
        try {
            register.reinstate(admin, id, form.input(), version);
        } catch (InputRefused e) {
            FormErrors.reject(errors, e.errors(), REINSTATEMENT_FIELDS);
            return reinstatementPage(model, find(id).withVersion(version));
        }
        redirect.addFlashAttribute("flash", "charter.admin.flash.reinstated");
        return "redirect:" + LIST;
    }

    private String reinstatementPage(Model model, SignatorySummary signatory) {
        model.addAttribute("signatory", signatory);
        model.addAttribute("entry", views.row(signatory));
        return "charter/reinstatement";
    }

    private String form(Model model, @Nullable SignatorySummary signatory) {
        model.addAttribute("signatory", signatory);
        model.addAttribute("action", signatory == null ? LIST : LIST + "/" + signatory.id());
        model.addAttribute(
                "sectorOptions",
                Arrays.stream(Sector.values())
                        .map(sector -> new Option(
                                sector.slug(),
                                messages.getMessage("charter.sector." + sector.name(), null, FrenchFormat.FRENCH),
                                false))
                        .toList());
        model.addAttribute(
                "versionOptions",
                views.versionLabels().stream()
                        .map(version -> new Option(
                                version,
                                messages.getMessage(
                                        "charter.version.option", new Object[] {version}, FrenchFormat.FRENCH),
                                false))
                        .toList());
        return "charter/signatory-form";
    }

    private SignatorySummary find(long id) {
        return signatories.find(id).orElseThrow(() -> new NotFoundException("signatory", String.valueOf(id)));
    }
}
