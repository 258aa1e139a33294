package fr.gouv.sante.jalons.dashboard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Public pages as they were last rendered for an anonymous visitor, so that a surge of visitors is
 * served from memory. Bounded in bytes, expired after {@link #MAX_AGE} (pages say "échéance dépassée"
 * depending on the day), and cleared with the read models when a period is published.
 */
@Component
public class RenderedPages {

    static final Duration MAX_AGE = Duration.ofMinutes(10);
    static final long MAX_BYTES = 64L * 1024 * 1024;

    // never compared, and never written after rendering: copying the bytes on every hit would cost more
    // than the identity equality that an array component gives
    /** A rendered page: its bytes and the headers to send again. */
    @SuppressWarnings("ArrayRecordComponent")
    public record Page(byte[] body, String contentType, String cacheControl) {}

    private final Cache<String, Page> pages = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((String key, Page page) -> key.length() + page.body().length)
            .expireAfterWrite(MAX_AGE)
            .build();

    public Optional<Page> get(String key) {
        return Optional.ofNullable(pages.getIfPresent(key));
    }

    public void put(String key, Page page) {
        pages.put(key, page);
    }

    public void clear() {
        pages.invalidateAll();
    }
}
