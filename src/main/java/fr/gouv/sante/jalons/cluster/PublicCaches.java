package fr.gouv.sante.jalons.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
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
 * renews them. On {@link PublicContentChanged} it waits for the change's transaction: just before the
 * commit it sends one {@code NOTIFY} on {@link #CHANNEL} (PostgreSQL delivers it when, and only
 * when, that transaction commits, so no node hears of a change it cannot read yet), and once
 * committed it renews this node's caches, once, however many changes the transaction made. Renewing
 * earlier would let a request put the old picture back. The other nodes renew theirs when the
 * notification reaches them ({@link CacheNotificationListener}); this node ignores its own.
 *
 * <p>Renewing empties the caches the change touches (all of them unless it names some), except the
 * costly models read with {@link #readRebuilt}: those are computed again on a thread of their own,
 * started at once, and whoever reads one meanwhile waits for that new copy (never the previous one).
 * So the call that made the change returns as soon as it is committed, without waiting seconds for a
 * model of every objective, and nothing read after it shows the picture from before. The rendered
 * pages keep serving their previous copies to all but the one visitor who renders each again.
 *
 * <p>Every renewal changes the {@link #generation}. A cache filled in two steps (the rendered pages)
 * keeps it with each entry: a value read before a change committed and stored after the renewal would
 * otherwise stay until expiry ({@link #read} drops such a value itself). The caches registered with
 * {@link #renewByGeneration} are not emptied at all: their entries of an earlier generation are out of
 * date, and their reader serves one to the visitors arriving while a single one of them builds the
 * new entry, rather than having them all build it at once after a publication.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class PublicCaches implements DisposableBean {

    /** The PostgreSQL channel every node listens to. */
    public static final String CHANNEL = "jalons_cache";

    private static final Logger LOG = LoggerFactory.getLogger(PublicCaches.class);
    /** PostgreSQL refuses a payload of 8000 bytes or more; the text is only logged. */
    private static final int MAX_PAYLOAD = 200;
    /** Opens a notification's list of the caches it touches; a notification without it touches all. */
    private static final String SCOPE = "caches=";

    private final CacheManager caches;
    private final JdbcClient jdbc;
    /** This node's name in its notifications, so that it can tell its own from the others'. */
    private final String node = UUID.randomUUID().toString();
    /** Bumped by every renewal, before anything is emptied or replaced. */
    private final AtomicLong generation = new AtomicLong();
    /** The models rebuilt rather than emptied, and how: what {@link #readRebuilt} was given. */
    private final Map<Entry, Supplier<?>> rebuilt = new ConcurrentHashMap<>();
    /** The models being computed again after a renewal, which their readers wait for. */
    private final Map<Entry, CompletableFuture<Object>> pending = new ConcurrentHashMap<>();
    /** Caches whose entries a renewal leaves, out of date by their generation: pages rendered from all the others. */
    private final Set<String> byGeneration = ConcurrentHashMap.newKeySet();
    /**
     * Rebuilds outside the thread that asks for them: after a commit that thread still holds the
     * finished transaction, which the rebuilt models' reads must not join.
     */
    private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "public-cache-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    PublicCaches(CacheManager caches, JdbcClient jdbc) {
        this.caches = caches;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PublicContentChanged change) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            notifyOtherNodes(change.caches(), change.what());
            renew(change.caches(), change.what());
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
                .add(change);
    }

    /**
     * The value of {@code key} in the cache {@code cacheName}, computed by {@code loader} when missing
     * (visitors arriving together wait for one computation). A value computed while the caches were
     * renewed may have been read before the change committed: it is returned to its caller but not
     * kept. Exceptions of {@code loader} (an unknown objective...) propagate and nothing is kept.
     */
    public <T> T read(String cacheName, Object key, Supplier<T> loader) {
        Cache cache = cache(cacheName);
        long before = generation.get();
        boolean[] computed = {false};
        T value;
        try {
            // a loader never returns null, so neither does the cache
            value = Objects.requireNonNull(cache.get(key, () -> {
                computed[0] = true;
                return loader.get();
            }));
        } catch (Cache.ValueRetrievalException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        // a copy found in the cache is the renewal's business: only what this call computed is dropped
        if (computed[0] && generation.get() != before) {
            cache.evict(key);
        }
        return value;
    }

    /**
     * As {@link #read}, for a model that takes seconds to compute and that every visitor needs (all
     * the objectives with their statuses): when a change touches its cache, the model is computed
     * again by {@code loader} on the renewal's own thread, started as soon as the change is committed,
     * and a reader arriving meanwhile waits for that computation rather than starting its own.
     * {@code loader} is kept for that: it must not depend on the request that first asked.
     */
    @SuppressWarnings("unchecked") // the future holds what this loader returned
    public <T> T readRebuilt(String cacheName, Object key, Supplier<T> loader) {
        Entry entry = new Entry(cacheName, key);
        rebuilt.putIfAbsent(entry, loader);
        CompletableFuture<Object> next = pending.get(entry);
        if (next != null) {
            try {
                return (T) next.get();
            } catch (ExecutionException e) {
                // the failed rebuild left the cache without the model: computed below, its failure shown
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while " + cacheName + " was computed again", e);
            }
        }
        return read(cacheName, key, loader);
    }

    /**
     * Leaves the cache {@code cacheName} to its reader: a cache whose entries are built from all the
     * others (the rendered pages) and keep the {@link #generation} they were built in. Every change,
     * whatever the caches it names, makes its earlier entries out of date, and only {@link #clear}
     * empties it.
     */
    public void renewByGeneration(String cacheName) {
        byGeneration.add(cacheName);
    }

    /**
     * A number that changes whenever the caches are renewed: taken before reading, compared before
     * storing (and, by a cache renewed by generation, before serving), it tells whether what was read
     * may already be out of date.
     */
    public long generation() {
        return generation.get();
    }

    /**
     * Empties every public cache of this node now, the models of {@link #readRebuilt} too, without
     * rebuilding anything: the next request computes what it needs. Tests call it after putting rows
     * back behind the application's back (before every test: a rebuild there would compute the model
     * of every objective once per test, for nobody).
     */
    public void clear(String reason) {
        // the models being computed read rows that are about to be replaced: let them finish (and
        // find themselves replaced) rather than read or store anything after the clearing
        awaitRebuilds();
        synchronized (this) {
            generation.incrementAndGet();
            pending.clear();
            caches.getCacheNames().forEach(name -> empty(name, Map.of()));
        }
        LOG.info("Public caches cleared: {}", reason);
    }

    /** Waits, a minute at most, for the models being computed again; their failures are theirs to log. */
    private void awaitRebuilds() {
        for (CompletableFuture<Object> next : List.copyOf(pending.values())) {
            try {
                next.get(1, TimeUnit.MINUTES);
            } catch (ExecutionException | TimeoutException e) {
                // emptied all the same just after
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Renews the caches named ({@code null}: all of them) but those renewed by generation: the models
     * of {@link #readRebuilt} that they hold are computed again, their readers waiting for the new
     * copies, while everything else is emptied. One renewal at a time; a rebuild that a later renewal
     * has replaced stores nothing.
     */
    private synchronized void renew(@Nullable Set<String> names, String reason) {
        Set<String> renewed = new HashSet<>(names == null ? caches.getCacheNames() : names);
        renewed.removeAll(byGeneration);
        // what a request reads from now on may still be the previous picture: not kept
        generation.incrementAndGet();
        Set<Entry> rebuilding = startRebuilds(renewed);
        for (String name : renewed) {
            Cache cache = caches.getCache(name);
            Map<Object, Object> kept = new HashMap<>();
            for (Entry entry : rebuilding) {
                Cache.ValueWrapper previous =
                        entry.cache().equals(name) && cache != null ? cache.get(entry.key()) : null;
                if (previous != null && previous.get() != null) {
                    // left in place until the new copy replaces it; its readers wait for that copy
                    kept.put(entry.key(), previous.get());
                }
            }
            empty(name, kept);
        }
        LOG.info(
                "Public caches cleared: {}{}",
                reason,
                rebuilding.isEmpty() ? "" : " (" + rebuilding.size() + " models being rebuilt)");
    }

    /** Empties a cache but for the copies given, which stay (or replace the previous ones). */
    private void empty(String name, Map<Object, Object> kept) {
        Cache cache = caches.getCache(name);
        if (cache == null) {
            return;
        }
        if (cache.getNativeCache() instanceof com.github.benmanes.caffeine.cache.Cache<?, ?> caffeine) {
            kept.forEach(cache::put);
            caffeine.asMap().keySet().removeIf(key -> !kept.containsKey(key));
        } else {
            // invalidate, not clear: the next request must not find anything, not even for a moment
            cache.invalidate();
            kept.forEach(cache::put);
        }
    }

    /**
     * Starts computing again, on the rebuilding thread, the models of {@link #readRebuilt} present in
     * these caches. Each new copy replaces the previous one when it is ready, unless a later renewal
     * or {@link #clear} came meanwhile; one that fails is dropped, and the next reader computes it and
     * sees why.
     */
    private Set<Entry> startRebuilds(Set<String> renewed) {
        Set<Entry> started = new HashSet<>();
        rebuilt.forEach((entry, loader) -> {
            if (!renewed.contains(entry.cache()) || cache(entry.cache()).get(entry.key()) == null) {
                return;
            }
            CompletableFuture<Object> next = new CompletableFuture<>();
            pending.put(entry, next);
            started.add(entry);
            rebuilder.execute(() -> rebuild(entry, loader, next));
        });
        return started;
    }

    /**
     * Computes one model again and puts it in place before its waiting readers are released; a failure
     * empties its place first, so that they compute it themselves rather than take the previous copy.
     */
    private void rebuild(Entry entry, Supplier<?> loader, CompletableFuture<Object> next) {
        Cache cache = cache(entry.cache());
        try {
            Object value = Objects.requireNonNull(loader.get());
            synchronized (this) {
                // not if a later renewal or a clearing came meanwhile
                if (pending.get(entry) == next) {
                    cache.put(entry.key(), value);
                }
            }
            next.complete(value);
        } catch (RuntimeException e) {
            LOG.warn("Could not rebuild {} {}: {}", entry.cache(), entry.key(), String.valueOf(e));
            synchronized (this) {
                if (pending.get(entry) == next) {
                    cache.evict(entry.key());
                }
            }
            next.completeExceptionally(e);
        } finally {
            // after the new copy is in place: a reader finds either this computation or its result
            pending.remove(entry, next);
        }
    }

    private Cache cache(String name) {
        return Objects.requireNonNull(caches.getCache(name), () -> "cache " + name + " not configured");
    }

    /**
     * Notifications heard on {@link #CHANNEL}: the caches they name, renewed once for all, unless this
     * node sent them all.
     */
    void notified(List<String> payloads) {
        List<String> others = payloads.stream()
                .filter(payload -> !payload.startsWith(node + " "))
                .toList();
        if (others.isEmpty()) {
            return;
        }
        Set<String> names = new HashSet<>();
        for (String payload : others) {
            Set<String> named = scope(payload);
            if (named == null) {
                names = null;
                break;
            }
            names.addAll(named);
        }
        renew(names, "notification " + others.get(others.size() - 1));
    }

    /** The caches a notification names; null when it names none (all of them, as an older node sends). */
    private static @Nullable Set<String> scope(String payload) {
        String[] words = payload.split(" ", 3);
        if (words.length < 2 || !words[1].startsWith(SCOPE)) {
            return null;
        }
        String list = words[1].substring(SCOPE.length());
        return list.isEmpty() ? Set.of() : Set.of(list.split(","));
    }

    /** Notifications sent while the listener was not listening are lost: whatever they said, renew. */
    void reconnected() {
        renew(null, "(re)connected to PostgreSQL");
    }

    private void notifyOtherNodes(@Nullable Set<String> names, String what) {
        String payload = node + " " + (names == null ? "" : SCOPE + String.join(",", names) + " ") + what;
        if (payload.length() > MAX_PAYLOAD) {
            payload = payload.substring(0, MAX_PAYLOAD);
        }
        jdbc.sql("select pg_notify(?, ?)").param(CHANNEL).param(payload).query().singleRow();
    }

    @Override
    public void destroy() {
        rebuilder.shutdownNow();
    }

    /** A model rebuilt rather than emptied: its cache and key. */
    private record Entry(String cache, Object key) {}

    /** The changes of one transaction: one notification before its commit, one renewal after. */
    private final class Changes implements TransactionSynchronization {

        private final List<String> whats = new ArrayList<>();
        /** The caches the changes touch; null once one of them may touch any. */
        private @Nullable Set<String> names = new HashSet<>();

        boolean of(PublicCaches owner) {
            return owner == PublicCaches.this;
        }

        void add(PublicContentChanged change) {
            whats.add(change.what());
            if (names != null && change.caches() != null) {
                names.addAll(change.caches());
            } else {
                names = null;
            }
        }

        private String summary() {
            return whats.size() == 1 ? whats.get(0) : whats.get(0) + " and " + (whats.size() - 1) + " more";
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            notifyOtherNodes(names, summary());
        }

        @Override
        public void afterCommit() {
            renew(names, summary());
        }
    }
}
