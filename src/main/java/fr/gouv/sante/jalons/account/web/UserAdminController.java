package fr.gouv.sante.jalons.account.web;

import fr.gouv.sante.jalons.account.AccountRejected;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.account.NewAccount;
import fr.gouv.sante.jalons.account.PasswordLinks;
import fr.gouv.sante.jalons.account.Role;
import fr.gouv.sante.jalons.account.SignInOptions;
import fr.gouv.sante.jalons.account.UserAccounts;
import fr.gouv.sante.jalons.organisation.OrganisationQueries;
import fr.gouv.sante.jalons.organisation.OrganisationSummary;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import fr.gouv.sante.jalons.shared.web.FormErrors;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
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

/** Administrators create accounts and change roles. The service checks the rights again. */
@BackOffice
@Controller
class UserAdminController {

    private final UserAccounts accounts;
    private final OrganisationQueries organisations;
    private final PasswordLinks links;
    private final SignInOptions signIn;

    UserAdminController(
            UserAccounts accounts, OrganisationQueries organisations, PasswordLinks links, SignInOptions signIn) {
        this.accounts = accounts;
        this.signIn = signIn;
        this.links = links;
        this.organisations = organisations;
    }

    /** The account form's fields, in their order on the page (that of the error summary). */
    private static final List<String> FORM_ORDER = List.of("email", "displayName", "role", "organisation");

    @InitBinder("account")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("email", "displayName", "role", "organisation");
    }

    @GetMapping("/admin/utilisateurs")
    String users(CurrentUser admin, Model model) {
        if (!model.containsAttribute("account")) {
            model.addAttribute("account", new NewAccountForm());
        }
        return page(admin, model);
    }

    @PostMapping("/admin/utilisateurs")
    String create(
            @ModelAttribute("account") NewAccountForm form,
            BindingResult errors,
            CurrentUser admin,
            Model model,
            RedirectAttributes redirect) {
        Role role = parseRole(form.getRole());
        try {
            accounts.create(
                    admin, new NewAccount(form.getEmail(), form.getDisplayName(), role, form.getOrganisation()));
        } catch (AccountRejected e) {
            FormErrors.reject(errors, e.errors(), FORM_ORDER);
            return page(admin, model);
        }
        redirect.addFlashAttribute("flash", "users.flash.invited");
        return "redirect:/admin/utilisateurs";
    }

    @PostMapping("/admin/utilisateurs/{id}/role")
    String changeRole(
            @PathVariable long id,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String organisation,
            CurrentUser admin,
            RedirectAttributes redirect) {
        try {
            accounts.changeRole(admin, id, parseRole(role), organisation);
            redirect.addFlashAttribute("flash", "users.flash.role");
        } catch (AccountRejected e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/admin/utilisateurs";
    }

    @PostMapping("/admin/utilisateurs/{id}/activation")
    String changeEnabled(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean enabled,
            CurrentUser admin,
            RedirectAttributes redirect) {
        try {
            accounts.changeEnabled(admin, id, enabled);
            redirect.addFlashAttribute("flash", enabled ? "users.flash.enabled" : "users.flash.disabled");
        } catch (AccountRejected e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/admin/utilisateurs";
    }

    @PostMapping("/admin/utilisateurs/{id}/proconnect")
    String changeProConnectOnly(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean proConnectOnly,
            CurrentUser admin,
            RedirectAttributes redirect) {
        accounts.changeProConnectOnly(admin, id, proConnectOnly);
        redirect.addFlashAttribute(
                "flash", proConnectOnly ? "users.flash.proconnect-only" : "users.flash.password-allowed");
        return "redirect:/admin/utilisateurs";
    }

    @PostMapping("/admin/utilisateurs/{id}/invitation")
    String resendInvitation(@PathVariable long id, CurrentUser admin, RedirectAttributes redirect) {
        try {
            links.resendInvitation(admin, id);
            redirect.addFlashAttribute("flash", "users.flash.invitation-resent");
        } catch (AccountRejected e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/admin/utilisateurs";
    }

    private String page(CurrentUser admin, Model model) {
        model.addAttribute("users", accounts.list(admin));
        model.addAttribute("roles", Arrays.asList(Role.values()));
        model.addAttribute("proConnect", signIn.proConnect());
        model.addAttribute(
                "organisations",
                organisations.all().stream().map(OrganisationSummary::acronym).toList());
        return "account/users";
    }

    private static @Nullable Role parseRole(@Nullable String role) {
        try {
            return role == null ? null : Role.valueOf(role);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
