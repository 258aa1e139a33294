package fr.gouv.sante.jalons.account.domain;

import fr.gouv.sante.jalons.account.ProConnectLinking;
import fr.gouv.sante.jalons.shared.ChangeRecorded;
import fr.gouv.sante.jalons.shared.NotFoundException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts as the ProConnect sign-in reads and links them, in its transaction. */
@Service
@Transactional
class JpaProConnectLinking implements ProConnectLinking {

    private final AppUserRepository users;
    private final AccountUserDetailsService details;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JpaProConnectLinking(
            AppUserRepository users, AccountUserDetailsService details, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.details = details;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Optional<Candidate> candidate(String email) {
        return users.findByEmail(email)
                .map(user -> new Candidate(
                        user.getId(), user.isEnabled(), user.getOrganisationId(), user.getProConnectUid()));
    }

    @Override
    public void rememberUid(long accountId, String uid) {
        AppUser user = account(accountId);
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
    }

    @Override
    public OidcUser signIn(long accountId, OidcIdToken idToken) {
        return new ProConnectPrincipal(details.principalOf(account(accountId)), idToken);
    }

    private AppUser account(long accountId) {
        return users.findById(accountId).orElseThrow(() -> new NotFoundException("user", String.valueOf(accountId)));
    }
}
