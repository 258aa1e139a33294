package fr.gouv.sante.jalons.account.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.account.SignInMethod;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The signed-in person's account: who Jalons knows them as, and how this session signed in (with
 * ProConnect: the authentication context and methods ProConnect gave).
 */
@BackOffice
@Controller
class AccountPageController {

    @GetMapping("/compte")
    String account(CurrentUser user, SignInMethod signIn, Model model) {
        model.addAttribute("account", user);
        model.addAttribute("signIn", signIn);
        return "account/account";
    }
}
