package fr.gouv.sante.jalons.account.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without locking anyone out for good. After {@value #FREE_FAILURES}
 * failures for an account (or {@value #FREE_FAILURES_PER_ADDRESS} from one address), each further
 * attempt must wait twice as long as the previous one, never more than {@link #MAX_WAIT}; failures
 * are forgotten {@link #MEMORY} after the last one, and a successful login clears the account's.
 * Kept in memory: with several nodes each node throttles on its own, which still bounds guessing.
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    static final Duration MEMORY = Duration.ofHours(1);

    private record Failures(int count, Instant last) {
    }

    private final Clock clock;
    private final Cache<String, Failures> byAccount;
    private final Cache<String, Failures> byAddress;

    LoginThrottle(Clock clock) {
        this.clock = clock;
        this.byAccount = Caffeine.newBuilder().expireAfterWrite(MEMORY).maximumSize(100_000).build();
        this.byAddress = Caffeine.newBuilder().expireAfterWrite(MEMORY).maximumSize(100_000).build();
    }

    /** How long this account or address must still wait before a new attempt; zero if it may try now. */
    Duration waitFor(String email, String address) {
        Duration account = wait(byAccount.getIfPresent(key(email)), FREE_FAILURES);
        Duration ip = wait(address == null ? null : byAddress.getIfPresent(address), FREE_FAILURES_PER_ADDRESS);
        return account.compareTo(ip) >= 0 ? account : ip;
    }

    void failed(String email, String address) {
        Instant now = clock.instant();
        byAccount.asMap().merge(key(email), new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
        if (address != null) {
            byAddress.asMap().merge(address, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
        }
    }

    void succeeded(String email) {
        byAccount.invalidate(key(email));
    }

    private Duration wait(Failures failures, int free) {
        if (failures == null || failures.count() < free) {
            return Duration.ZERO;
        }
        int excess = Math.min(failures.count() - free, 10);
        Duration delay = Duration.ofSeconds(30L << excess);
        if (delay.compareTo(MAX_WAIT) > 0) {
            delay = MAX_WAIT;
        }
        Duration left = Duration.between(clock.instant(), failures.last().plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
