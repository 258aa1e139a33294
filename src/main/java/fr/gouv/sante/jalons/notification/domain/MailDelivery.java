package fr.gouv.sante.jalons.notification.domain;

import fr.gouv.sante.jalons.shared.DatabaseOutage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox: every few seconds, takes the due mails one by one (locked with SKIP LOCKED,
 * so that several nodes never send the same mail) and hands them to the SMTP server. A failure is
 * retried later, waiting twice as long each time (at most an hour); after the maximum number of
 * attempts the mail is marked failed and an administrator can send it again from "Courriels".
 */
@Component
class MailDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);
    private static final Duration MAX_DELAY = Duration.ofHours(1);
    private static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final JavaMailSender sender;
    private final TransactionTemplate transaction;
    private final InternetAddress from;
    private final Duration retryDelay;
    private final int maxAttempts;
    private final Counter sent;
    private volatile boolean databaseDown;

    MailDelivery(
            JdbcClient jdbc,
            JavaMailSender sender,
            PlatformTransactionManager transactions,
            MailDeliveryProperties properties,
            MeterRegistry metrics) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.transaction = new TransactionTemplate(transactions);
        this.retryDelay = properties.retryDelay();
        this.maxAttempts = properties.maxAttempts();
        this.sent = Counter.builder("jalons.mails.sent")
                .description("Mails handed to the SMTP server")
                .register(metrics);
        try {
            this.from = new InternetAddress(properties.from(), true);
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalStateException(
                    "jalons.mail.from (JALONS_MAIL_FROM) is not a valid address: " + properties.from(), e);
        }
    }

    private record Due(long id, String recipient, String subject, String body, int attempts) {}

    private enum Outcome {
        NOTHING,
        SENT,
        FAILED,
        /** The recipient is not one valid address: no attempt can ever succeed, and the server is not at fault. */
        UNDELIVERABLE
    }

    /** Sends what is due; stops at the first failure (the server is probably down: no need to insist). */
    @Scheduled(
            fixedDelayString = "${jalons.mail.delivery-interval:PT5S}",
            initialDelayString = "${jalons.mail.delivery-interval:PT5S}")
    void deliverDue() {
        try {
            for (int i = 0; i < BATCH; i++) {
                Outcome outcome = transaction.execute(tx -> deliverOne());
                if (outcome == Outcome.NOTHING || outcome == Outcome.FAILED) {
                    break;
                }
                if (outcome == Outcome.SENT) {
                    sent.increment();
                }
            }
            if (databaseDown) {
                databaseDown = false;
                LOG.info("Database reachable again: mail delivery resumed");
            }
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            // one line when the outage starts, not a stack trace every few seconds; the mails wait in the outbox
            if (!databaseDown) {
                databaseDown = true;
                LOG.warn(
                        "Database unreachable: mail delivery paused until it is back ({})", DatabaseOutage.describe(e));
            }
        }
    }

    private Outcome deliverOne() {
        Optional<Due> due = jdbc.sql("""
                select id, recipient, subject, body, attempts from mail_outbox
                where status = 'PENDING' and next_attempt_at <= now()
                order by next_attempt_at, id limit 1
                for update skip locked""")
                .query((rs, n) -> new Due(
                        rs.getLong("id"),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getInt("attempts")))
                .optional();
        if (due.isEmpty()) {
            return Outcome.NOTHING;
        }
        Due mail = due.get();
        try {
            sender.send(message(mail));
        } catch (AddressException e) {
            // an address stored before addresses were checked as one plain mailbox ("a@b.fr,c"): failed at once
            recordFailure(mail, true, e);
            return Outcome.UNDELIVERABLE;
        } catch (MailException | MessagingException e) {
            recordFailure(mail, mail.attempts() + 1 >= maxAttempts, e);
            return Outcome.FAILED;
        }
        // a personal link (invitation, reset) is not kept once delivered
        jdbc.sql("""
                update mail_outbox set status = 'SENT', sent_at = now(), attempts = attempts + 1, last_error = null,
                    body = case when sensitive then null else body end
                where id = ?""").param(mail.id()).update();
        return Outcome.SENT;
    }

    private void recordFailure(Due mail, boolean giveUp, Exception e) {
        int attempts = mail.attempts() + 1;
        Duration delay = retryDelay.multipliedBy(1L << Math.min(attempts - 1, 20));
        if (delay.compareTo(MAX_DELAY) > 0) {
            delay = MAX_DELAY;
        }
        // the id, not the address: the logs carry no personal data
        LOG.warn(
                "Mail {} not delivered (attempt {}{}): {}",
                mail.id(),
                attempts,
                giveUp ? ", giving up" : "",
                e.getMessage());
        jdbc.sql("""
                update mail_outbox set attempts = ?, status = ?, last_error = ?,
                    next_attempt_at = now() + make_interval(secs => ?)
                where id = ?""")
                .params(
                        attempts,
                        giveUp ? "FAILED" : "PENDING",
                        truncate(String.valueOf(e.getMessage())),
                        delay.toMillis() / 1000.0,
                        mail.id())
                .update();
    }

    private MimeMessage message(Due mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
