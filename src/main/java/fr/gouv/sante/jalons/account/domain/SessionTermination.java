package fr.gouv.sante.jalons.account.domain;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends every open session of an account (after a password reset): the account's session generation
 * moves on, and {@link AccountRevalidationFilter} signs out each session of an earlier one at its next
 * request, on whichever node and in whichever session store it lives.
 */
@Component
class SessionTermination {

    private final AppUserRepository users;
    private final Clock clock;

    SessionTermination(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    void endSessions(long userId) {
        users.findById(userId).ifPresent(user -> user.endSessions(clock.instant()));
    }
}
