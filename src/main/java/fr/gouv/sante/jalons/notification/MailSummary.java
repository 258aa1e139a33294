package fr.gouv.sante.jalons.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A mail of the outbox as the page "Courriels" lists it.
 *
 * @param body null once a mail carrying a personal link was sent (the link is not kept)
 */
public record MailSummary(
        long id,
        String kind,
        String recipient,
        String subject,
        @Nullable String body,
        boolean sensitive,
        MailStatus status,
        int attempts,
        @Nullable Instant nextAttemptAt,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant sentAt) {

    /** A mail can be sent again unless its personal link was erased after delivery. */
    public boolean resendable() {
        return body != null && status != MailStatus.PENDING;
    }
}
