package fr.gouv.sante.jalons.account.domain;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Runs at most a fixed number of password hashes at once; the others wait their turn. A memory-hard
 * hash holds its memory (19 MiB in production) while it runs: without a bound, a burst of sign-ins on
 * every server thread would ask for gigabytes of heap, where queueing costs only a little latency (the
 * work is bound by the processors anyway).
 */
final class ConcurrencyLimitedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore permits;

    ConcurrencyLimitedPasswordEncoder(PasswordEncoder delegate, int concurrentHashes) {
        this.delegate = delegate;
        this.permits = new Semaphore(concurrentHashes, true);
    }

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        return limited(() -> delegate.encode(rawPassword));
    }

    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        return limited(() -> delegate.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(@Nullable String encodedPassword) {
        // reads the parameters written in the hash: no hashing, no memory
        return delegate.upgradeEncoding(encodedPassword);
    }

    private <T> T limited(Supplier<T> hashing) {
        permits.acquireUninterruptibly();
        try {
            return hashing.get();
        } finally {
            permits.release();
        }
    }
}
