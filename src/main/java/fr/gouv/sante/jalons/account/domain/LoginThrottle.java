package fr.gouv.sante.jalons.account.domain;

import fr.gouv.sante.jalons.account.domain.ThrottleStore.Failures;
import fr.gouv.sante.jalons.account.domain.ThrottleStore.Scope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock a person out. Three rules, state shared by
 * every node ({@link ThrottleStore}), failures forgotten {@link #MEMORY} after the last one:
 * <ul>
 * <li><b>account and address pair</b>: after {@value #FREE_PAIR_FAILURES} failures for one account from
 * one address, each further attempt from there waits twice as long as the previous one (30 s, 1 min,
 * 2 min... at most {@link #MAX_PAIR_WAIT}). Only that address waits for that account.</li>
 * <li><b>address</b>: after {@value #FREE_ADDRESS_FAILURES} failures from one address (any accounts),
 * each attempt from it waits {@link #ADDRESS_WAIT} after its last failure. Short on purpose: a whole
 * office may sit behind one address.</li>
 * <li><b>account ceiling</b>: after {@value #FREE_ACCOUNT_FAILURES} failures for an account from any
 * addresses, an attempt for it from an address must first wait a short delay of its own (1 s, 2 s,
 * 4 s... at most {@link #MAX_ACCOUNT_DELAY}), counted from that address's first try, not from the
 * attacker's last one: the attacker is slowed, the owner signs in after the delay.</li>
 * </ul>
 * A successful login clears the account's and the pair's failures (not the address's).
 */
@Component
class LoginThrottle {

    static final int FREE_PAIR_FAILURES = 5;
    static final Duration FIRST_PAIR_WAIT = Duration.ofSeconds(30);
    static final Duration MAX_PAIR_WAIT = Duration.ofMinutes(15);
    static final int FREE_ADDRESS_FAILURES = 30;
    static final Duration ADDRESS_WAIT = Duration.ofMinutes(1);
    static final int FREE_ACCOUNT_FAILURES = 10;
    static final Duration MAX_ACCOUNT_DELAY = Duration.ofSeconds(30);
    /** How long a delayed address keeps its turn once its delay is over. */
    static final Duration TURN_VALIDITY = Duration.ofMinutes(5);

    static final Duration MEMORY = Duration.ofHours(1);

    private final Clock clock;
    private final ThrottleStore store;

    LoginThrottle(Clock clock, ThrottleStore store) {
        this.clock = clock;
        this.store = store;
    }

    /**
     * How long this attempt must wait before its password is checked.
     *
     * @param ceiling whether it is the account ceiling's short delay (said in seconds), not a throttled pair or address
     */
    record Wait(Duration time, boolean ceiling) {

        static final Wait NONE = new Wait(Duration.ZERO, false);

        boolean none() {
            return time.isZero();
        }
    }

    /** {@link #check}'s waiting time. */
    Duration waitFor(String email, @Nullable String address) {
        return check(email, address).time();
    }

    /**
     * Whether this attempt may check its password now; otherwise how long to wait. An address delayed
     * by the account ceiling is given its turn here (so calling this is part of the attempt).
     */
    Wait check(String email, @Nullable String address) {
        Instant now = clock.instant();
        String account = key(email);
        String from = address == null ? "" : address;
        Duration wait = longest(
                pairWait(recent(Scope.PAIR, pair(account, from), now), now),
                address == null ? Duration.ZERO : addressWait(recent(Scope.ADDRESS, from, now), now));
        if (!wait.isZero()) {
            return new Wait(wait, false);
        }
        Duration delay = accountDelay(recent(Scope.ACCOUNT, account, now));
        if (delay.isZero()) {
            return Wait.NONE;
        }
        Optional<Instant> turn = store.waitUntil(account, from);
        if (turn.isPresent()
                && !now.isBefore(turn.get())
                && !now.isAfter(turn.get().plus(TURN_VALIDITY))) {
            store.clearWait(account, from);
            return Wait.NONE;
        }
        if (turn.isPresent() && now.isBefore(turn.get())) {
            return new Wait(Duration.between(now, turn.get()), true);
        }
        store.setWaitUntil(account, from, now.plus(delay));
        return new Wait(delay, true);
    }

    void failed(String email, @Nullable String address) {
        Instant now = clock.instant();
        Instant forget = now.minus(MEMORY);
        String account = key(email);
        String from = address == null ? "" : address;
        store.recordFailure(Scope.PAIR, pair(account, from), now, forget);
        store.recordFailure(Scope.ACCOUNT, account, now, forget);
        if (address != null) {
            store.recordFailure(Scope.ADDRESS, from, now, forget);
        }
    }

    void succeeded(String email, @Nullable String address) {
        String account = key(email);
        String from = address == null ? "" : address;
        store.clear(Scope.ACCOUNT, account);
        store.clear(Scope.PAIR, pair(account, from));
        store.clearWait(account, from);
    }

    private @Nullable Failures recent(Scope scope, String subject, Instant now) {
        return store.failures(scope, subject)
                .filter(f -> f.last().isAfter(now.minus(MEMORY)))
                .orElse(null);
    }

    static Duration pairWait(@Nullable Failures failures, Instant now) {
        if (failures == null || failures.count() < FREE_PAIR_FAILURES) {
            return Duration.ZERO;
        }
        int excess = Math.min(failures.count() - FREE_PAIR_FAILURES, 10);
        Duration delay = FIRST_PAIR_WAIT.multipliedBy(1L << excess);
        return left(failures.last().plus(delay.compareTo(MAX_PAIR_WAIT) > 0 ? MAX_PAIR_WAIT : delay), now);
    }

    static Duration addressWait(@Nullable Failures failures, Instant now) {
        if (failures == null || failures.count() < FREE_ADDRESS_FAILURES) {
            return Duration.ZERO;
        }
        return left(failures.last().plus(ADDRESS_WAIT), now);
    }

    static Duration accountDelay(@Nullable Failures failures) {
        if (failures == null || failures.count() < FREE_ACCOUNT_FAILURES) {
            return Duration.ZERO;
        }
        int excess = Math.min(failures.count() - FREE_ACCOUNT_FAILURES, 10);
        Duration delay = Duration.ofSeconds(1L << excess);
        return delay.compareTo(MAX_ACCOUNT_DELAY) > 0 ? MAX_ACCOUNT_DELAY : delay;
    }

    private static Duration left(Instant until, Instant now) {
        Duration left = Duration.between(now, until);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String pair(String account, String address) {
        return account + " " + address;
    }

    private static String key(String email) {
        String key = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        // an e-mail address is at most 254 characters; longer input is nobody's account
        return key.length() > 320 ? key.substring(0, 320) : key;
    }
}
