package fr.gouv.sante.jalons.proconnect.domain;

import fr.gouv.sante.jalons.account.ProConnectLinking;
import fr.gouv.sante.jalons.account.ProConnectLinking.Candidate;
import fr.gouv.sante.jalons.account.UserAccounts;
import fr.gouv.sante.jalons.organisation.OrganisationQueries;
import fr.gouv.sante.jalons.organisation.OrganisationSummary;
import fr.gouv.sante.jalons.organisation.Siret;
import fr.gouv.sante.jalons.proconnect.domain.ProConnectRefused.Reason;
import fr.gouv.sante.jalons.shared.TextRules;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which account a ProConnect identity signs in to. ProConnect never creates an account: the address
 * must be that of an enabled account (compared without regard to case), the identity's SIRET that of
 * the account's organisation when the DNS recorded one, and its {@code uid} the one remembered at the
 * account's first ProConnect sign-in. Every sign-in and refusal is logged; remembering the uid is in
 * the audit trail. The accounts are read and written through {@link ProConnectLinking}, in this
 * class's transaction, from the check to the session's principal.
 */
@Service
@Transactional
class ProConnectAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(ProConnectAccounts.class);

    /** ProConnect's uids are opaque; longer than this is no uid Jalons keeps. */
    static final int MAX_UID_LENGTH = 255;

    private final ProConnectLinking accounts;
    private final OrganisationQueries organisations;

    ProConnectAccounts(ProConnectLinking accounts, OrganisationQueries organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    /**
     * The session's principal: the account the identity signs in to, with the identity's ID token.
     *
     * @throws ProConnectRefused saying why when it signs in to none
     */
    OidcUser signIn(ProConnectIdentity identity, OidcIdToken idToken) {
        String email = identity.email() == null ? "" : identity.email().strip().toLowerCase(Locale.ROOT);
        String uid = identity.uid() == null ? "" : identity.uid().strip();
        if (!TextRules.isAcceptable(email, UserAccounts.MAX_EMAIL_LENGTH)
                || !TextRules.isAcceptable(uid, MAX_UID_LENGTH)) {
            throw refused(Reason.INCOMPLETE, null, email);
        }
        Candidate user = accounts.candidate(email).orElseThrow(() -> refused(Reason.UNKNOWN_ADDRESS, null, email));
        if (!user.enabled()) {
            throw refused(Reason.DISABLED, user, email);
        }
        String expectedSiret = organisationSiret(user);
        if (expectedSiret != null) {
            String received = identity.siret() == null ? "" : identity.siret().strip();
            if (!expectedSiret.equals(Siret.parse(received).orElse(null))) {
                throw refused(Reason.SIRET_MISMATCH, user, received.isEmpty() ? "—" : received, expectedSiret);
            }
        }
        if (user.proConnectUid() == null) {
            accounts.rememberUid(user.id(), uid);
        } else if (!user.proConnectUid().equals(uid)) {
            throw refused(Reason.UID_CHANGED, user, email);
        }
        LOG.info("ProConnect sign-in of account {}", user.id());
        return accounts.signIn(user.id(), idToken);
    }

    private @Nullable String organisationSiret(Candidate user) {
        if (user.organisationId() == null) {
            return null;
        }
        OrganisationSummary organisation = organisations.allById().get(user.organisationId());
        return organisation == null ? null : organisation.siret();
    }

    private static ProConnectRefused refused(Reason reason, @Nullable Candidate user, String... details) {
        LOG.info(
                "ProConnect sign-in refused ({}) for {}",
                reason,
                user == null ? "an address with no account" : "account " + user.id());
        return new ProConnectRefused(reason, details);
    }
}
