package fr.gouv.sante.jalons.backoffice.web;

import fr.gouv.sante.jalons.shared.web.BackOfficeArea;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The back office's two areas: the editors' workspace ({@code /espace}) for any signed-in account, and
 * the administration ({@code /admin}) for the DNS's administrators. Their home pages are here; the
 * pages other modules add under {@code /admin} (accounts, mails, meetings, themes, charter...) fall
 * under the same rule, and their services check the access policy again.
 */
@Component
class BackOfficeAreas implements BackOfficeArea {

    @Override
    public List<Rule> rules() {
        return List.of(
                new Rule(Access.ADMINISTRATORS, "/admin", "/admin/**"),
                new Rule(Access.SIGNED_IN, "/espace", "/espace/**"));
    }
}
