package fr.gouv.sante.jalons.notification.domain;

import org.jspecify.annotations.Nullable;
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
        queue(kind, null, recipient, subject, body, sensitive);
    }

    /** @param periodCode the campaign period the mail is about, so that a correction can reach the same people */
    @Transactional(propagation = Propagation.MANDATORY)
    void queue(
            MailKind kind,
            @Nullable String periodCode,
            String recipient,
            String subject,
            String body,
            boolean sensitive) {
        jdbc.sql("""
                insert into mail_outbox (kind, period_code, recipient, subject, body, sensitive, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, now(), now())""")
                .param(kind.name())
                .param(periodCode)
                .param(recipient)
                .param(subject)
                .param(body)
                .param(sensitive)
                .update();
    }

    /**
     * Who got the opening mail of {@code periodCode} since its last cancelled opening, if any: a
     * period cancelled and opened again is not corrected twice.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    java.util.List<String> openingRecipients(String periodCode) {
        return jdbc.sql("""
                select distinct recipient from mail_outbox where kind = 'CAMPAIGN_OPENED' and period_code = :period
                  and id > coalesce((select max(id) from mail_outbox
                                     where kind = 'CAMPAIGN_OPENING_CANCELLED' and period_code = :period), 0)
                order by recipient""").param("period", periodCode).query(String.class).list();
    }

    /** What a mail is about (listed on the page "Courriels"). */
    enum MailKind {
        INVITATION,
        PASSWORD_RESET,
        CAMPAIGN_OPENED,
        CAMPAIGN_OPENING_CANCELLED,
        REMINDER,
        REPORT_SENT_BACK,
        PERIOD_PUBLISHED
    }
}
