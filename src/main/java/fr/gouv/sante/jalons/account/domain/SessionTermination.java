package fr.gouv.sante.jalons.account.domain;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends every open session of an account (after a password reset): each is marked expired, and its
 * next request is signed out and sent to the login page.
 */
@Component
class SessionTermination {

    private final SessionRegistry sessions;

    SessionTermination(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    void endSessions(long userId) {
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof AccountPrincipal account && account.user().id() == userId) {
                sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
    }
}
