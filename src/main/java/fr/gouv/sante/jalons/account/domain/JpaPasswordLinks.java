package fr.gouv.sante.jalons.account.domain;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.account.PasswordLinks;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The links sent by mail, one facade over choosing a password, invitations and reset requests. */
@Service
class JpaPasswordLinks implements PasswordLinks {

    private final LinkPasswords linkPasswords;
    private final Invitations invitations;
    private final ResetRequests resets;

    JpaPasswordLinks(LinkPasswords linkPasswords, Invitations invitations, ResetRequests resets) {
        this.linkPasswords = linkPasswords;
        this.invitations = invitations;
        this.resets = resets;
    }

    @Override
    public Optional<LinkHolder> check(Purpose purpose, String token) {
        return linkPasswords.check(purpose, token);
    }

    @Override
    public void choosePassword(Purpose purpose, String token, String password) {
        linkPasswords.choosePassword(purpose, token, password);
    }

    @Override
    public void resendInvitation(CurrentUser admin, long userId) {
        invitations.resendInvitation(admin, userId);
    }

    @Override
    public boolean remindInvitation(long userId, String invitedBy) {
        return invitations.remindInvitation(userId, invitedBy);
    }

    @Override
    public void requestReset(String email, String clientAddress) {
        resets.requestReset(email, clientAddress);
    }
}
