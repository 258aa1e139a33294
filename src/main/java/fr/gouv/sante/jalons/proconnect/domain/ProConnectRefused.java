package fr.gouv.sante.jalons.proconnect.domain;

import java.io.Serial;
import java.util.List;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * ProConnect vouched for the person, but Jalons refuses the sign-in. An OAuth2 exception so that
 * Spring Security ends the sign-in as refused (not as a server error) and hands it to the failure
 * handler, which says why on the sign-in page with its details: what the message names (the
 * address; or the two SIRETs), in its order.
 */
class ProConnectRefused extends OAuth2AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Why, with the sign-in page's parameter and the message saying it. */
    enum Reason {
        UNKNOWN_ADDRESS("inconnu"),
        DISABLED("desactive"),
        SIRET_MISMATCH("siret"),
        UID_CHANGED("identite"),
        INCOMPLETE("incomplete");

        private final String parameter;

        Reason(String parameter) {
            this.parameter = parameter;
        }

        String parameter() {
            return parameter;
        }
    }

    private final Reason reason;
    private final List<String> details;

    ProConnectRefused(Reason reason, String... details) {
        super(new OAuth2Error("access_denied", "ProConnect sign-in refused: " + reason, null));
        this.reason = reason;
        this.details = List.of(details);
    }

    Reason reason() {
        return reason;
    }

    List<String> details() {
        return details;
    }
}
