package fr.gouv.sante.jalons.notification;

import fr.gouv.sante.jalons.account.CurrentUser;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The mails the application sent or is sending, for administrators. */
public interface Outbox {

    /** The most recent mails (newest first), all of them or those with a status. */
    List<MailSummary> recent(CurrentUser admin, MailStatus status, int limit);

    /** How many mails are in each status. */
    Map<MailStatus, Long> counts(CurrentUser admin);

    Optional<MailSummary> mail(CurrentUser admin, long id);

    /** Queues a sent or failed mail again, for delivery at once. @return false if it cannot be sent again */
    boolean resend(CurrentUser admin, long id);
}
