package fr.gouv.sante.jalons.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.domain.ThrottleStore.Scope;
import fr.gouv.sante.jalons.support.JalonsTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hourly purge of the sign-in throttle forgets only what the rules forget, by the clock the
 * failures are recorded with: a purge on another clock erased an address's fresh failures and let
 * its next attempt through.
 */
@JalonsTest
class ThrottlePurgeTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void thePurgeKeepsRecentFailuresAndForgetsOldOnes() {
        JdbcThrottleStore store = new JdbcThrottleStore(jdbc, clock);
        Instant now = clock.instant();
        store.recordFailure(Scope.ADDRESS, "198.51.100.30", now, now.minus(LoginThrottle.MEMORY));
        store.recordFailure(
                Scope.ADDRESS, "198.51.100.31", now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(3)));

        store.forgetOldRows();

        assertThat(store.failures(Scope.ADDRESS, "198.51.100.30")).isPresent();
        assertThat(store.failures(Scope.ADDRESS, "198.51.100.31")).isEmpty();
    }
}
