package fr.gouv.sante.jalons.notification.domain;

import fr.gouv.sante.jalons.account.InvitationIssued;
import fr.gouv.sante.jalons.account.PasswordLinks.Purpose;
import fr.gouv.sante.jalons.account.PasswordResetRequested;
import fr.gouv.sante.jalons.notification.domain.MailQueue.MailKind;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The mails of the account module: the invitation and the password reset, each carrying its
 * single-use link. Listened to synchronously, in the transaction that stored the link.
 */
@Component
class AccountMails {

    private final MailQueue queue;
    private final MailTemplates templates;

    AccountMails(MailQueue queue, MailTemplates templates) {
        this.queue = queue;
        this.templates = templates;
    }

    @EventListener
    void on(InvitationIssued invitation) {
        String body = templates.body(
                "invitation",
                Map.of(
                        "name", invitation.displayName(),
                        "email", invitation.email(),
                        "invitedBy", invitation.invitedBy(),
                        "link", templates.link(Purpose.INVITATION.link(invitation.token())),
                        "expiresAt", FrenchFormat.dateTime(invitation.expiresAt()),
                        "login", templates.link("/connexion")));
        queue.queue(MailKind.INVITATION, invitation.email(), templates.subject("mail.invitation.subject"), body, true);
    }

    @EventListener
    void on(PasswordResetRequested reset) {
        String body = templates.body(
                "password-reset",
                Map.of(
                        "name", reset.displayName(),
                        "email", reset.email(),
                        "link", templates.link(Purpose.RESET.link(reset.token())),
                        "expiresAt", FrenchFormat.dateTime(reset.expiresAt())));
        queue.queue(MailKind.PASSWORD_RESET, reset.email(), templates.subject("mail.reset.subject"), body, true);
    }
}
