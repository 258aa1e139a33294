package fr.gouv.sante.jalons.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The throttle's rules, on a clock the test moves and an in-memory store (the real one is PostgreSQL). */
class LoginThrottleTests {

    static final String OWNER = "agent@sante.gouv.fr";
    static final String ATTACKER = "203.0.113.66";
    static final String OFFICE = "198.51.100.10";

    final MovableClock clock = new MovableClock();
    final LoginThrottle throttle = new LoginThrottle(clock, new MemoryStore());

    @Test
    void fiveFailuresFromOneAddressMakeThatPairWaitLongerAndLonger() {
        failTimes(OWNER, ATTACKER, 4);
        assertThat(throttle.waitFor(OWNER, ATTACKER)).isZero();
        throttle.failed(OWNER, ATTACKER);
        assertThat(throttle.check(OWNER, ATTACKER)).isEqualTo(new LoginThrottle.Wait(Duration.ofSeconds(30), false));
        clock.advance(Duration.ofSeconds(30));
        assertThat(throttle.waitFor(OWNER, ATTACKER)).isZero();
        throttle.failed(OWNER, ATTACKER);
        assertThat(throttle.waitFor(OWNER, ATTACKER)).isEqualTo(Duration.ofMinutes(1));
        // never more than 15 minutes
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofMinutes(15));
            throttle.failed(OWNER, ATTACKER);
        }
        assertThat(throttle.waitFor(OWNER, ATTACKER)).isEqualTo(LoginThrottle.MAX_PAIR_WAIT);
    }

    @Test
    void theOwnerFromAnotherAddressIsNeverKeptOutByAnAttackersFailures() {
        // an attacker keeps failing for the owner's account, as fast as the rules let them
        for (int i = 0; i < 40; i++) {
            Duration wait = throttle.waitFor(OWNER, ATTACKER + i % 4);
            clock.advance(wait);
            if (throttle.waitFor(OWNER, ATTACKER + i % 4).isZero()) {
                throttle.failed(OWNER, ATTACKER + i % 4);
            }
        }
        // the owner, from an address that has not failed: a short delay, then their attempt is checked
        Duration delay = throttle.waitFor(OWNER, OFFICE);
        assertThat(delay).isPositive().isLessThanOrEqualTo(LoginThrottle.MAX_ACCOUNT_DELAY);
        // the attacker failing again meanwhile does not push the owner's turn back
        clock.advance(delay.dividedBy(2));
        throttle.failed(OWNER, ATTACKER + "9");
        clock.advance(delay.dividedBy(2).plusMillis(1));
        assertThat(throttle.waitFor(OWNER, OFFICE)).isZero();
        throttle.succeeded(OWNER, OFFICE);
        assertThat(throttle.waitFor(OWNER, OFFICE)).isZero();
    }

    @Test
    void theAccountCeilingDelaysEachAddressWithAGrowingButShortDelay() {
        for (int i = 0; i < LoginThrottle.FREE_ACCOUNT_FAILURES; i++) {
            throttle.failed(OWNER, "192.0.2." + i);
        }
        LoginThrottle.Wait first = throttle.check(OWNER, OFFICE);
        assertThat(first.time()).isEqualTo(Duration.ofSeconds(1));
        assertThat(first.ceiling()).isTrue();
        // asking again before the turn does not restart it
        clock.advance(Duration.ofMillis(500));
        assertThat(throttle.waitFor(OWNER, OFFICE)).isEqualTo(Duration.ofMillis(500));
        for (int i = 0; i < 10; i++) {
            throttle.failed(OWNER, "192.0.2.200");
        }
        assertThat(throttle.waitFor(OWNER, "192.0.2.201")).isEqualTo(LoginThrottle.MAX_ACCOUNT_DELAY);
        // a turn not used within five minutes is lost
        clock.advance(Duration.ofMinutes(6));
        assertThat(throttle.waitFor(OWNER, "192.0.2.201")).isEqualTo(LoginThrottle.MAX_ACCOUNT_DELAY);
    }

    @Test
    void oneAddressFailingOnManyAccountsWaitsAMinuteButOtherAddressesDoNot() {
        for (int i = 0; i < LoginThrottle.FREE_ADDRESS_FAILURES; i++) {
            throttle.failed("cible" + i + "@example.fr", ATTACKER);
        }
        assertThat(throttle.waitFor(OWNER, ATTACKER)).isEqualTo(LoginThrottle.ADDRESS_WAIT);
        assertThat(throttle.waitFor(OWNER, OFFICE)).isZero();
        // short on purpose: colleagues behind the same address are only slowed
        clock.advance(LoginThrottle.ADDRESS_WAIT);
        assertThat(throttle.waitFor(OWNER, ATTACKER)).isZero();
    }

    @Test
    void failuresAreForgottenAnHourAfterTheLastOne() {
        failTimes(OWNER, ATTACKER, 12);
        clock.advance(LoginThrottle.MEMORY.plusSeconds(1));
        assertThat(throttle.waitFor(OWNER, ATTACKER)).isZero();
        throttle.failed(OWNER, ATTACKER);
        assertThat(throttle.waitFor(OWNER, ATTACKER)).isZero();
    }

    @Test
    void aSuccessClearsTheAccountAndThePairButNotTheAddress() {
        failTimes(OWNER, ATTACKER, 4);
        for (int i = 0; i < LoginThrottle.FREE_ADDRESS_FAILURES; i++) {
            throttle.failed("cible" + i + "@example.fr", OFFICE);
        }
        throttle.succeeded(OWNER, ATTACKER);
        throttle.failed(OWNER, ATTACKER);
        assertThat(throttle.waitFor(OWNER, ATTACKER)).isZero();
        assertThat(throttle.waitFor(OWNER, OFFICE)).isPositive();
    }

    @Test
    void emailsAreComparedWithoutCaseOrSpaces() {
        failTimes(OWNER, ATTACKER, 5);
        assertThat(throttle.waitFor("  Agent@Sante.Gouv.FR ", ATTACKER)).isPositive();
    }

    private void failTimes(String email, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(email, address);
        }
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2025-01-15T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** The same semantics as JdbcThrottleStore's statements. */
    static final class MemoryStore implements ThrottleStore {
        private final Map<String, Failures> failures = new HashMap<>();
        private final Map<String, Instant> waits = new HashMap<>();

        @Override
        public Optional<Failures> failures(Scope scope, String subject) {
            return Optional.ofNullable(failures.get(scope + "|" + subject));
        }

        @Override
        public void recordFailure(Scope scope, String subject, Instant at, Instant forgetBefore) {
            failures.merge(
                    scope + "|" + subject,
                    new Failures(1, at),
                    (old, one) -> old.last().isBefore(forgetBefore) ? one : new Failures(old.count() + 1, at));
        }

        @Override
        public void clear(Scope scope, String subject) {
            failures.remove(scope + "|" + subject);
        }

        @Override
        public Optional<Instant> waitUntil(String account, String address) {
            return Optional.ofNullable(waits.get(account + "|" + address));
        }

        @Override
        public void setWaitUntil(String account, String address, Instant notBefore) {
            waits.put(account + "|" + address, notBefore);
        }

        @Override
        public void clearWait(String account, String address) {
            waits.remove(account + "|" + address);
        }
    }
}
