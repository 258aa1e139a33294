package fr.gouv.sante.jalons.notification.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.notification.MailStatus;
import fr.gouv.sante.jalons.notification.MailSummary;
import fr.gouv.sante.jalons.notification.Outbox;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcOutbox implements Outbox {

    private static final String COLUMNS = """
            id, kind, recipient, subject, body, sensitive, status, attempts, next_attempt_at, last_error, created_at,
            sent_at""";

    private final JdbcClient jdbc;
    private final AccessPolicy policy;

    JdbcOutbox(JdbcClient jdbc, AccessPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    @Override
    @Transactional(readOnly = true)
    public List<MailSummary> recent(CurrentUser admin, @Nullable MailStatus status, int limit, long offset) {
        policy.requireAdmin(admin);
        return jdbc.sql("select " + COLUMNS + " from mail_outbox where (cast(? as varchar) is null or status = ?)"
                        + " order by created_at desc, id desc limit ? offset ?")
                .param(status == null ? null : status.name())
                .param(status == null ? null : status.name())
                .param(limit)
                .param(offset)
                .query(JdbcOutbox::summary)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<MailStatus, Long> counts(CurrentUser admin) {
        policy.requireAdmin(admin);
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("select status, count(*) from mail_outbox group by status")
                .query((rs, n) -> counts.put(MailStatus.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        return counts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MailSummary> mail(CurrentUser admin, long id) {
        policy.requireAdmin(admin);
        return jdbc.sql("select " + COLUMNS + " from mail_outbox where id = ?")
                .param(id)
                .query(JdbcOutbox::summary)
                .optional();
    }

    @Override
    public boolean resend(CurrentUser admin, long id) {
        policy.requireAdmin(admin);
        // a sent mail is sent again as a new row, so that the page keeps the first delivery; a failed one is retried
        int copied = jdbc.sql("""
                insert into mail_outbox (kind, recipient, subject, body, sensitive, next_attempt_at, created_at)
                select kind, recipient, subject, body, sensitive, now(), now() from mail_outbox
                where id = ? and status = 'SENT' and body is not null""").param(id).update();
        int retried = jdbc.sql("""
                update mail_outbox set status = 'PENDING', attempts = 0, next_attempt_at = now(), last_error = null
                where id = ? and status = 'FAILED' and body is not null""").param(id).update();
        return copied + retried > 0;
    }

    private static MailSummary summary(ResultSet rs, int row) throws SQLException {
        return new MailSummary(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getBoolean("sensitive"),
                MailStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")),
                rs.getString("last_error"),
                Objects.requireNonNull(instant(rs.getTimestamp("created_at")), "created_at is not null"),
                instant(rs.getTimestamp("sent_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
