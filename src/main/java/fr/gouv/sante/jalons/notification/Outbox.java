package fr.gouv.sante.jalons.notification;

import fr.gouv.sante.jalons.account.CurrentUser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The mails the application sent or is sending, for administrators. */
public interface Outbox {

    /** The mails newest first, all of them or those with a status, {@code limit} from {@code offset}. */
    List<MailSummary> recent(CurrentUser admin, @Nullable MailStatus status, int limit, long offset);

    /** How many mails are in each status. */
    Map<MailStatus, Long> counts(CurrentUser admin);

    Optional<MailSummary> mail(CurrentUser admin, long id);

    /** Queues a sent or failed mail again, for delivery at once. @return false if it cannot be sent again */
    boolean resend(CurrentUser admin, long id);
}
