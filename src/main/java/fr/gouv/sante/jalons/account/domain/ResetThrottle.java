package fr.gouv.sante.jalons.account.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Bounds password-reset requests: {@value #PER_ADDRESS} per e-mail address and {@value #PER_CLIENT}
 * per client per {@link #WINDOW}, so that nobody floods a mailbox or uses the form to send mails in
 * bulk. Beyond that, requests are silently dropped (the answer stays the same). In memory, per node.
 */
@Component
class ResetThrottle {

    static final int PER_ADDRESS = 3;
    static final int PER_CLIENT = 10;
    static final Duration WINDOW = Duration.ofHours(1);

    private final Cache<String, AtomicInteger> byEmail =
            Caffeine.newBuilder().expireAfterWrite(WINDOW).maximumSize(100_000).build();
    private final Cache<String, AtomicInteger> byClient =
            Caffeine.newBuilder().expireAfterWrite(WINDOW).maximumSize(100_000).build();

    /** Counts the request; false when it is one too many. */
    boolean allow(String email, String clientAddress) {
        int forEmail = byEmail.get(email.strip().toLowerCase(Locale.ROOT), key -> new AtomicInteger())
                .incrementAndGet();
        int forClient = clientAddress == null
                ? 0
                : byClient.get(clientAddress, key -> new AtomicInteger()).incrementAndGet();
        return forEmail <= PER_ADDRESS && forClient <= PER_CLIENT;
    }

    /** Forgets every request (tests). */
    void clear() {
        byEmail.invalidateAll();
        byClient.invalidateAll();
    }
}
