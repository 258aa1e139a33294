package fr.gouv.sante.jalons.support;

import fr.gouv.sante.jalons.cluster.CachesInvalidated;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Empties every in-memory cache of the application: each cache of Spring's {@link CacheManager},
 * whatever its name, and the ones kept outside it, through the event the application already has
 * for that ({@link CachesInvalidated}, what a node receives when another changed the public record).
 * Run before every test ({@link ResetToReferenceData}); a test calls it only after changing data
 * behind the application's back, in SQL.
 */
public final class TestCaches {

    private final CacheManager caches;
    private final ApplicationEventPublisher events;

    public TestCaches(CacheManager caches, ApplicationEventPublisher events) {
        this.caches = caches;
        this.events = events;
    }

    public void clearAll() {
        for (String name : caches.getCacheNames()) {
            Cache cache = caches.getCache(name);
            if (cache != null) {
                cache.invalidate();
            }
        }
        events.publishEvent(new CachesInvalidated("caches cleared by a test"));
    }
}
