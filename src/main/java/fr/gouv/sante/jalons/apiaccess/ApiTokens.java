package fr.gouv.sante.jalons.apiaccess;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.InputRefused;
import java.time.LocalDate;
import java.util.List;

/**
 * The API tokens: the DNS's administrators manage every organisation's, an editor its own
 * organisation's; a reader none. Every method checks the caller's rights itself.
 */
public interface ApiTokens {

    /** The longest a token lives: a year, as the security guidance for long-lived secrets asks. */
    int MAX_DAYS = 365;

    int MAX_NAME_LENGTH = 80;

    /**
     * The tokens the person may see, newest first, and the organisations they may create one for (none
     * for a reader, who sees its organisation's tokens only).
     *
     * @throws org.springframework.security.access.AccessDeniedException an account without organisation
     */
    TokenPage page(CurrentUser user);

    /**
     * Creates a token and returns its secret, once.
     *
     * @throws InputRefused nothing created: message keys by field ({@code name}, {@code organisation},
     *     {@code scope}, {@code expiresOn})
     */
    CreatedToken create(CurrentUser user, NewApiToken token);

    /**
     * Revokes a token at once: its next request gets a 401.
     *
     * @throws fr.gouv.sante.jalons.shared.StaleVersion someone changed it since {@code version}
     * @throws InputRefused it is already revoked
     */
    ApiTokenSummary revoke(CurrentUser user, long tokenId, long version);

    /**
     * What the token page shows.
     *
     * @param organisations the acronyms the person may create a token for (one for an editor)
     * @param defaultExpiry the expiry the form proposes; {@code latestExpiry} the latest it accepts
     */
    record TokenPage(
            List<ApiTokenSummary> tokens, List<String> organisations, LocalDate defaultExpiry, LocalDate latestExpiry) {

        public TokenPage {
            tokens = List.copyOf(tokens);
            organisations = List.copyOf(organisations);
        }

        public boolean canCreate() {
            return !organisations.isEmpty();
        }
    }
}
