package fr.gouv.sante.jalons.notification.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a mail in the outbox. Always within the caller's transaction: the mail exists if and only if
 * the change that causes it was committed, and it is sent only after that commit.
 */
@Component
class MailQueue {

    private final JdbcClient jdbc;

    MailQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param sensitive the body holds a personal link: it is erased once delivered */
    @Transactional(propagation = Propagation.MANDATORY)
    void queue(MailKind kind, String recipient, String subject, String body, boolean sensitive) {
        jdbc.sql("""
                insert into mail_outbox (kind, recipient, subject, body, sensitive, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, now(), now())""").params(kind.name(), recipient, subject, body, sensitive).update();
    }

    /** What a mail is about (listed on the page "Courriels"). */
    enum MailKind {
        INVITATION,
        PASSWORD_RESET,
        CAMPAIGN_OPENED,
        REMINDER,
        REPORT_SENT_BACK,
        PERIOD_PUBLISHED
    }
}
