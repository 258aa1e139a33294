package fr.gouv.sante.jalons.account.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Bounds password-reset requests: {@value #PER_ADDRESS} per e-mail address and {@value #PER_CLIENT}
 * per client per {@link #WINDOW} (counted from the first request of the window), so that nobody
 * floods a mailbox or uses the form to send mails in bulk. Beyond that, requests are silently dropped
 * (the answer stays the same). The counts are in PostgreSQL (V55), so that every node applies the same
 * limits: behind a load balancer, spreading requests over the nodes gains nothing.
 */
@Component
class ResetThrottle {

    static final int PER_ADDRESS = 3;
    static final int PER_CLIENT = 10;
    static final Duration WINDOW = Duration.ofHours(1);
    /** The column's width; an e-mail address is at most 254 characters, a client address far less. */
    private static final int MAX_SUBJECT = 400;

    private final JdbcClient jdbc;
    private final Clock clock;

    ResetThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts the request; false when it is one too many. */
    boolean allow(String email, String clientAddress) {
        Instant now = clock.instant();
        int forEmail = count("EMAIL", email.strip().toLowerCase(Locale.ROOT), now);
        int forClient = clientAddress == null || clientAddress.isBlank() ? 0 : count("CLIENT", clientAddress, now);
        return forEmail <= PER_ADDRESS && forClient <= PER_CLIENT;
    }

    /** One atomic statement: a new window starts when the current one is over. */
    private int count(String scope, String subject, Instant now) {
        return jdbc.sql("""
                insert into password_reset_request as r (scope, subject, requests, window_start)
                values (?, ?, 1, ?)
                on conflict (scope, subject) do update set
                    requests = case when r.window_start <= ? then 1 else r.requests + 1 end,
                    window_start = case when r.window_start <= ? then excluded.window_start else r.window_start end
                returning requests""")
                .param(scope)
                .param(subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject)
                .param(Timestamp.from(now))
                .param(Timestamp.from(now.minus(WINDOW)))
                .param(Timestamp.from(now.minus(WINDOW)))
                .query(Integer.class)
                .single();
    }

    /** Windows over for an hour mean nothing any more; wall-clock time, not the application clock. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void forgetOldRows() {
        jdbc.sql("delete from password_reset_request where window_start < ?")
                .param(Timestamp.from(Instant.now().minus(WINDOW.multipliedBy(2))))
                .update();
    }
}
