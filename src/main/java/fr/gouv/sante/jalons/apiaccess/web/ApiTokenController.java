package fr.gouv.sante.jalons.apiaccess.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.apiaccess.ApiTokens;
import fr.gouv.sante.jalons.apiaccess.ApiTokens.TokenPage;
import fr.gouv.sante.jalons.apiaccess.CreatedToken;
import fr.gouv.sante.jalons.apiaccess.NewApiToken;
import fr.gouv.sante.jalons.apiaccess.TokenScope;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import fr.gouv.sante.jalons.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * The API token page: the DNS's at {@code /admin/jetons} (every organisation), an organisation's in its
 * workspace at {@code /espace/jetons}. A new token's secret is shown on the answer to the creation
 * itself, never stored, not even in the session for a redirect.
 */
@BackOffice
@Controller
class ApiTokenController {

    static final String ADMIN = "/admin/jetons";
    static final String WORKSPACE = "/espace/jetons";
    private static final List<String> FIELDS = List.of("name", "organisation", "scope", "expiresOn");

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields(FIELDS.toArray(String[]::new));
    }

    @GetMapping({ADMIN, WORKSPACE})
    String page(CurrentUser user, HttpServletRequest request, Model model) {
        TokenPage page = tokens.page(user);
        ApiTokenForm form = new ApiTokenForm();
        form.setScope(TokenScope.DRAFTS.name());
        form.setExpiresOn(page.defaultExpiry().toString());
        if (page.organisations().size() == 1) {
            form.setOrganisation(page.organisations().get(0));
        }
        model.addAttribute("form", form);
        return page(page, base(request), model);
    }

    @PostMapping({ADMIN, WORKSPACE})
    String create(
            @ModelAttribute("form") ApiTokenForm form,
            BindingResult errors,
            CurrentUser user,
            HttpServletRequest request,
            Model model) {
        Map<String, String> refused = new LinkedHashMap<>();
        LocalDate expiresOn = date(form.getExpiresOn(), refused);
        TokenScope scope = scope(form.getScope());
        try {
            // a malformed date reaches the service as none: its other checks still run, and the date's
            // own message replaces "required" below
            CreatedToken created =
                    tokens.create(user, new NewApiToken(form.getName(), form.getOrganisation(), scope, expiresOn));
            model.addAttribute("token", ApiTokenView.of(created.token()));
            model.addAttribute("secret", created.secret());
            model.addAttribute("base", base(request));
            return "apiaccess/created";
        } catch (InputRefused e) {
            Map<String, String> all = new LinkedHashMap<>(e.errors());
            all.putAll(refused);
            FormErrors.reject(errors, all, FIELDS);
            return page(tokens.page(user), base(request), model);
        }
    }

    @PostMapping({ADMIN + "/{id}/revocation", WORKSPACE + "/{id}/revocation"})
    String revoke(
            @PathVariable long id,
            @RequestParam long version,
            CurrentUser user,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        String base = base(request);
        try {
            tokens.revoke(user, id, version);
            redirect.addFlashAttribute("flash", "api-token.flash.revoked");
        } catch (InputRefused e) {
            redirect.addFlashAttribute("error", "api-token.revoke.already");
        }
        return "redirect:" + base;
    }

    private String page(TokenPage page, String base, Model model) {
        model.addAttribute(
                "tokens", page.tokens().stream().map(ApiTokenView::of).toList());
        model.addAttribute("organisations", page.organisations());
        model.addAttribute("canCreate", page.canCreate());
        model.addAttribute("chooseOrganisation", page.organisations().size() > 1);
        model.addAttribute("latestExpiry", page.latestExpiry().toString());
        model.addAttribute("scopes", Arrays.asList(TokenScope.values()));
        model.addAttribute("base", base);
        model.addAttribute("admin", base.equals(ADMIN));
        return "apiaccess/tokens";
    }

    /** The page a request came from: the administration's, or the workspace's. */
    private static String base(HttpServletRequest request) {
        return request.getRequestURI().startsWith(ADMIN) ? ADMIN : WORKSPACE;
    }

    private static @Nullable LocalDate date(@Nullable String text, Map<String, String> refused) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            refused.put("expiresOn", "api-token.expires.malformed");
            return null;
        }
    }

    private static @Nullable TokenScope scope(@Nullable String text) {
        return Arrays.stream(TokenScope.values())
                .filter(scope -> scope.name().equals(text))
                .findFirst()
                .orElse(null);
    }
}
