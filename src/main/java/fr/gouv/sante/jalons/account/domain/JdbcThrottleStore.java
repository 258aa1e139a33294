package fr.gouv.sante.jalons.account.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The throttle's counts in PostgreSQL (V54), shared by the nodes; each change is one atomic statement. */
@Component
class JdbcThrottleStore implements ThrottleStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcThrottleStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Failures> failures(Scope scope, String subject) {
        return jdbc.sql("select failures, last_failure from login_failure where scope = ? and subject = ?")
                .param(scope.name())
                .param(subject)
                .query((rs, row) ->
                        new Failures(rs.getInt(1), rs.getTimestamp(2).toInstant()))
                .optional();
    }

    @Override
    public void recordFailure(Scope scope, String subject, Instant at, Instant forgetBefore) {
        jdbc.sql("""
                insert into login_failure (scope, subject, failures, last_failure) values (?, ?, 1, ?)
                on conflict (scope, subject) do update set
                    failures = case when login_failure.last_failure < ? then 1 else login_failure.failures + 1 end,
                    last_failure = excluded.last_failure""")
                .param(scope.name())
                .param(subject)
                .param(Timestamp.from(at))
                .param(Timestamp.from(forgetBefore))
                .update();
    }

    @Override
    public void clear(Scope scope, String subject) {
        jdbc.sql("delete from login_failure where scope = ? and subject = ?")
                .param(scope.name())
                .param(subject)
                .update();
    }

    @Override
    public Optional<Instant> waitUntil(String account, String address) {
        return jdbc.sql("select not_before from login_wait where account = ? and address = ?")
                .param(account)
                .param(address)
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    @Override
    public void setWaitUntil(String account, String address, Instant notBefore) {
        jdbc.sql("""
                insert into login_wait (account, address, not_before) values (?, ?, ?)
                on conflict (account, address) do update set not_before = excluded.not_before""")
                .param(account)
                .param(address)
                .param(Timestamp.from(notBefore))
                .update();
    }

    @Override
    public void clearWait(String account, String address) {
        jdbc.sql("delete from login_wait where account = ? and address = ?")
                .param(account)
                .param(address)
                .update();
    }

    /**
     * Old rows mean nothing any more (the rules forget them). Measured with the clock the failures are
     * recorded with: on another clock, a purge could erase failures just counted and let an attacker's
     * address through.
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void forgetOldRows() {
        Instant before = clock.instant().minus(LoginThrottle.MEMORY);
        jdbc.sql("delete from login_failure where last_failure < ?")
                .param(Timestamp.from(before))
                .update();
        jdbc.sql("delete from login_wait where not_before < ?")
                .param(Timestamp.from(before))
                .update();
    }
}
