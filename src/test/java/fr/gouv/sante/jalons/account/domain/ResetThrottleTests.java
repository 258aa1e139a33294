package fr.gouv.sante.jalons.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.domain.LoginThrottleTests.MovableClock;
import fr.gouv.sante.jalons.support.JalonsTest;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The password-reset limits on the real table: two throttles on one database stand for two
 * application nodes, which must count together (requests spread over the nodes gain nothing).
 */
@JalonsTest
class ResetThrottleTests {

    final MovableClock clock = new MovableClock();
    final String email = "reset." + UUID.randomUUID() + "@test.jalons";
    final String client = "198.51.100.20";

    ResetThrottle nodeA;
    ResetThrottle nodeB;

    @Autowired
    void nodes(JdbcClient database) {
        nodeA = new ResetThrottle(database, clock);
        nodeB = new ResetThrottle(database, clock);
    }

    @Test
    void threeRequestsPerAddressAnHourWhicheverNodeTheyReach() {
        assertThat(nodeA.allow(email, null)).isTrue();
        assertThat(nodeB.allow(email, null)).isTrue();
        assertThat(nodeA.allow(email, null)).isTrue();
        assertThat(nodeB.allow(email, null)).as("the fourth, on the other node").isFalse();
        assertThat(nodeA.allow(" " + email.toUpperCase(java.util.Locale.ROOT) + " ", null))
                .as("the same address, written otherwise")
                .isFalse();

        clock.advance(ResetThrottle.WINDOW.minusSeconds(1));
        assertThat(nodeB.allow(email, null)).as("still within the hour").isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(nodeB.allow(email, null))
                .as("an hour after the first request")
                .isTrue();
        assertThat(nodeA.allow(email, null)).isTrue();
        assertThat(nodeA.allow(email, null)).isTrue();
        assertThat(nodeB.allow(email, null)).isFalse();
    }

    @Test
    void tenRequestsPerClientAnHourWhicheverNodeTheyReach() {
        IntStream.rangeClosed(1, ResetThrottle.PER_CLIENT)
                .forEach(i -> assertThat((i % 2 == 0 ? nodeA : nodeB).allow(i + "." + email, client))
                        .as("request %d", i)
                        .isTrue());
        assertThat(nodeA.allow("other." + email, client)).as("the eleventh").isFalse();

        clock.advance(ResetThrottle.WINDOW);
        assertThat(nodeB.allow("again." + email, client)).isTrue();
    }

    @Test
    void anOverlongAddressIsCountedWithoutFailing() {
        String longAddress = "x".repeat(1_000) + email;
        IntStream.range(0, ResetThrottle.PER_ADDRESS)
                .forEach(i -> assertThat(nodeA.allow(longAddress, client)).isTrue());
        assertThat(nodeB.allow(longAddress, client)).isFalse();
    }
}
