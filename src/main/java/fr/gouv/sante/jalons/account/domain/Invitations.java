package fr.gouv.sante.jalons.account.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.AccountRejected;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.account.InvitationIssued;
import fr.gouv.sante.jalons.account.PasswordLinks.Purpose;
import fr.gouv.sante.jalons.shared.ChangeRecorded;
import fr.gouv.sante.jalons.shared.NotFoundException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** An invitation sent again: by an administrator, or with a reminder to someone who never accepted it. */
@Component
class Invitations {

    private final AppUserRepository users;
    private final AccountTokens issuer;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate writing;

    Invitations(
            AppUserRepository users,
            AccountTokens issuer,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.users = users;
        this.issuer = issuer;
        this.policy = policy;
        this.events = events;
        this.writing = new TransactionTemplate(transactions);
    }

    void resendInvitation(CurrentUser admin, long userId) {
        policy.requireAdmin(admin);
        writing.executeWithoutResult(tx -> {
            AppUser user =
                    users.findById(userId).orElseThrow(() -> new NotFoundException("user", String.valueOf(userId)));
            if (user.hasPassword()) {
                throw new AccountRejected("invitation", "invitation.already-accepted");
            }
            reissue(user, admin.id(), admin.label(), admin.displayName());
        });
    }

    boolean remindInvitation(long userId, String invitedBy) {
        return Boolean.TRUE.equals(writing.execute(tx -> users.findById(userId)
                .filter(user -> user.isEnabled() && !user.hasPassword())
                .map(user -> {
                    reissue(user, null, invitedBy, invitedBy);
                    return true;
                })
                .orElse(false)));
    }

    private void reissue(AppUser user, @Nullable Long actorId, String actorLabel, String invitedBy) {
        AccountTokens.IssuedToken invitation = issuer.issue(user.getId(), Purpose.INVITATION);
        events.publishEvent(new ChangeRecorded(
                actorId,
                actorLabel,
                AccountAudit.Entity.USER.name(),
                String.valueOf(user.getId()),
                null,
                AccountAudit.Action.INVITATION_RESENT.name(),
                null,
                Map.of("email", user.getEmail())));
        events.publishEvent(new InvitationIssued(
                user.getId(),
                user.getEmail(),
                user.getDisplayName(),
                invitation.token(),
                invitation.expiresAt(),
                invitedBy));
    }
}
