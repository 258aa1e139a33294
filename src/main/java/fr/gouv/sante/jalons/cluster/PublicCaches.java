package fr.gouv.sante.jalons.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one owner of the public caches: every cache of Spring's {@link CacheManager} is public (what
 * any visitor may see: read models, open-data documents, bilans, rendered pages), and only this class
 * clears them. On {@link PublicContentChanged} it waits for the change's transaction: just before the
 * commit it sends one {@code NOTIFY} on {@link #CHANNEL} (PostgreSQL delivers it when, and only
 * when, that transaction commits, so no node hears of a change it cannot read yet), and once
 * committed it clears this node's caches, once, however many changes the transaction made. Clearing
 * earlier would let a request put the old picture back. The other nodes clear theirs when the
 * notification reaches them ({@link CacheNotificationListener}); this node ignores its own.
 *
 * <p>A value read before a change committed and stored after the caches were cleared would stay
 * until expiry: {@link #read} drops such a value, and {@link #generation} lets a cache filled in two
 * steps (the rendered pages) do the same.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class PublicCaches {

    /** The PostgreSQL channel every node listens to. */
    public static final String CHANNEL = "jalons_cache";

    private static final Logger LOG = LoggerFactory.getLogger(PublicCaches.class);
    /** PostgreSQL refuses a payload of 8000 bytes or more; the text is only logged. */
    private static final int MAX_PAYLOAD = 200;

    private final CacheManager caches;
    private final JdbcClient jdbc;
    /** This node's name in its notifications, so that it can tell its own from the others'. */
    private final String node = UUID.randomUUID().toString();
    /** Bumped by every clearing, before the caches are emptied. */
    private final AtomicLong generation = new AtomicLong();

    PublicCaches(CacheManager caches, JdbcClient jdbc) {
        this.caches = caches;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PublicContentChanged change) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            notifyOtherNodes(change.what());
            clear(change.what());
            return;
        }
        TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(synchronization -> synchronization instanceof Changes changes && changes.of(this))
                .map(Changes.class::cast)
                .findFirst()
                .orElseGet(() -> {
                    Changes changes = new Changes();
                    TransactionSynchronizationManager.registerSynchronization(changes);
                    return changes;
                })
                .add(change.what());
    }

    /**
     * The value of {@code key} in the cache {@code cacheName}, computed by {@code loader} when missing
     * (visitors arriving together wait for one computation). A value computed while the caches were
     * cleared may have been read before the change committed: it is returned to its caller but not
     * kept. Exceptions of {@code loader} (an unknown objective...) propagate and nothing is kept.
     */
    public <T> T read(String cacheName, Object key, Supplier<T> loader) {
        Cache cache =
                Objects.requireNonNull(caches.getCache(cacheName), () -> "cache " + cacheName + " not configured");
        long before = generation.get();
        T value;
        try {
            // a loader never returns null, so neither does the cache
            value = Objects.requireNonNull(cache.get(key, loader::get));
        } catch (Cache.ValueRetrievalException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        if (generation.get() != before) {
            cache.evict(key);
        }
        return value;
    }

    /**
     * A number that changes whenever the caches are cleared: taken before reading, compared before
     * storing, it tells whether what was read may already be out of date.
     */
    public long generation() {
        return generation.get();
    }

    /**
     * Clears every public cache of this node now: what a committed change or another node's
     * notification does; tests call it after changing rows behind the application's back.
     */
    public void clear(String reason) {
        generation.incrementAndGet();
        for (String name : caches.getCacheNames()) {
            Cache cache = caches.getCache(name);
            if (cache != null) {
                // invalidate, not clear: the next request must not find anything, not even for a moment
                cache.invalidate();
            }
        }
        LOG.info("Public caches cleared: {}", reason);
    }

    /** Notifications heard on {@link #CHANNEL}: cleared once for all, unless this node sent them all. */
    void notified(List<String> payloads) {
        payloads.stream()
                .filter(payload -> !payload.startsWith(node + " "))
                .reduce((first, last) -> last)
                .ifPresent(payload -> clear("notification " + payload));
    }

    /** Notifications sent while the listener was not listening are lost: whatever they said, clear. */
    void reconnected() {
        clear("(re)connected to PostgreSQL");
    }

    private void notifyOtherNodes(String what) {
        String payload = node + " " + what;
        if (payload.length() > MAX_PAYLOAD) {
            payload = payload.substring(0, MAX_PAYLOAD);
        }
        jdbc.sql("select pg_notify(?, ?)").param(CHANNEL).param(payload).query().singleRow();
    }

    /** The changes of one transaction: one notification before its commit, one clearing after. */
    private final class Changes implements TransactionSynchronization {

        private final List<String> whats = new ArrayList<>();

        boolean of(PublicCaches owner) {
            return owner == PublicCaches.this;
        }

        void add(String what) {
            whats.add(what);
        }

        private String summary() {
            return whats.size() == 1 ? whats.get(0) : whats.get(0) + " and " + (whats.size() - 1) + " more";
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            notifyOtherNodes(summary());
        }

        @Override
        public void afterCommit() {
            clear(summary());
        }
    }
}
