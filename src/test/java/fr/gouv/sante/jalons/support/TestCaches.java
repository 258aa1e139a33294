package fr.gouv.sante.jalons.support;

import fr.gouv.sante.jalons.cluster.PublicCaches;

/**
 * Empties every in-memory cache of the application, through the one class that owns them
 * ({@link PublicCaches}: every cache of Spring's {@code CacheManager}). Run before every test
 * ({@link ResetToReferenceData}); a test calls it only after changing data behind the application's
 * back, in SQL.
 */
public final class TestCaches {

    private final PublicCaches caches;

    public TestCaches(PublicCaches caches) {
        this.caches = caches;
    }

    public void clearAll() {
        caches.clear("caches cleared by a test");
    }
}
