package fr.gouv.sante.jalons.account.domain;

import fr.gouv.sante.jalons.account.UserAccounts;
import fr.gouv.sante.jalons.account.domain.ProConnectRefused.Reason;
import fr.gouv.sante.jalons.organisation.OrganisationQueries;
import fr.gouv.sante.jalons.organisation.OrganisationSummary;
import fr.gouv.sante.jalons.organisation.Siret;
import fr.gouv.sante.jalons.shared.ChangeRecorded;
import fr.gouv.sante.jalons.shared.TextRules;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which account a ProConnect identity signs in to. ProConnect never creates an account: the address
 * must be that of an enabled account (compared without regard to case), the identity's SIRET that of
 * the account's organisation when the DNS recorded one, and its {@code uid} the one remembered at the
 * account's first ProConnect sign-in. Every sign-in and refusal is logged; remembering the uid is in
 * the audit trail.
 */
@Service
@Transactional
class ProConnectAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(ProConnectAccounts.class);

    /** ProConnect's uids are opaque; longer than this is no uid Jalons keeps. */
    static final int MAX_UID_LENGTH = 255;

    private final AppUserRepository users;
    private final AccountUserDetailsService details;
    private final OrganisationQueries organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProConnectAccounts(
            AppUserRepository users,
            AccountUserDetailsService details,
            OrganisationQueries organisations,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.details = details;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The account the identity signs in to.
     *
     * @throws ProConnectRefused saying why when it signs in to none
     */
    AccountPrincipal signIn(ProConnectIdentity identity) {
        String email = identity.email() == null ? "" : identity.email().strip().toLowerCase(Locale.ROOT);
        String uid = identity.uid() == null ? "" : identity.uid().strip();
        if (!TextRules.isAcceptable(email, UserAccounts.MAX_EMAIL_LENGTH)
                || !TextRules.isAcceptable(uid, MAX_UID_LENGTH)) {
            throw refused(Reason.INCOMPLETE, null, email);
        }
        AppUser user = users.findByEmail(email).orElseThrow(() -> refused(Reason.UNKNOWN_ADDRESS, null, email));
        if (!user.isEnabled()) {
            throw refused(Reason.DISABLED, user, email);
        }
        String expectedSiret = organisationSiret(user);
        if (expectedSiret != null) {
            String received = identity.siret() == null ? "" : identity.siret().strip();
            if (!expectedSiret.equals(Siret.parse(received).orElse(null))) {
                throw refused(Reason.SIRET_MISMATCH, user, received.isEmpty() ? "—" : received, expectedSiret);
            }
        }
        if (user.getProConnectUid() == null) {
            user.rememberProConnectUid(uid, clock.instant());
            users.flush();
            events.publishEvent(new ChangeRecorded(
                    user.getId(),
                    "ProConnect",
                    AccountAudit.Entity.USER.name(),
                    String.valueOf(user.getId()),
                    null,
                    AccountAudit.Action.PROCONNECT_LINKED.name(),
                    null,
                    Map.of("email", user.getEmail(), "proConnectUid", uid)));
        } else if (!user.getProConnectUid().equals(uid)) {
            throw refused(Reason.UID_CHANGED, user, email);
        }
        LOG.info("ProConnect sign-in of account {}", user.getId());
        return details.principalOf(user);
    }

    private @Nullable String organisationSiret(AppUser user) {
        if (user.getOrganisationId() == null) {
            return null;
        }
        OrganisationSummary organisation = organisations.allById().get(user.getOrganisationId());
        return organisation == null ? null : organisation.siret();
    }

    private static ProConnectRefused refused(Reason reason, @Nullable AppUser user, String... details) {
        LOG.info(
                "ProConnect sign-in refused ({}) for {}",
                reason,
                user == null ? "an address with no account" : "account " + user.getId());
        return new ProConnectRefused(reason, details);
    }
}
