package fr.gouv.sante.jalons.account.domain;

import org.springframework.stereotype.Component;

/** Ends every open session of an account (after a password reset). */
@Component
class SessionTermination {

    void endSessions(long userId) {
        // TODO replaced by UserAccounts.endSessions once the per-request rights work lands on main
    }
}
