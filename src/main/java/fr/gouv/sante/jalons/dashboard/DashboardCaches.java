package fr.gouv.sante.jalons.dashboard;

import fr.gouv.sante.jalons.cluster.CachesInvalidated;
import fr.gouv.sante.jalons.publication.PeriodPublished;
import fr.gouv.sante.jalons.publication.PublishedReportCorrected;
import fr.gouv.sante.jalons.roadmap.ObjectiveRestructured;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The public read models stay in memory until a period is published. Caches are local to each
 * application node: the cluster module clears them on every node within seconds (PostgreSQL
 * LISTEN/NOTIFY), and they also expire after a bounded time (spring.cache.caffeine.spec) as a backstop.
 */
@Configuration
@EnableCaching
public class DashboardCaches {

    public static final String SNAPSHOT = "dashboard-snapshot";
    public static final String OBJECTIVE_PAGES = "dashboard-objective-pages";
    public static final String SEARCHES = "dashboard-searches";

    private static final Logger LOG = LoggerFactory.getLogger(DashboardCaches.class);

    private final CacheManager caches;
    private final RenderedPages pages;

    DashboardCaches(CacheManager caches, RenderedPages pages) {
        this.caches = caches;
        this.pages = pages;
    }

    /** After the commit: evicting earlier would let a request cache the old picture again. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(PeriodPublished event) {
        LOG.info(
                "Period {} published (publication {}, {} reports): public read models evicted",
                event.period(),
                event.publication(),
                event.reports());
        evictAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ObjectiveRestructured event) {
        LOG.info("Objective {} restructured: public read models evicted", event.code());
        evictAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PublishedReportCorrected event) {
        LOG.info("Report {} of {} corrected: public read models evicted", event.objectiveCode(), event.period());
        evictAll();
    }

    /** Another node (or this one) changed what the public sees: see the cluster module. */
    @EventListener
    void on(CachesInvalidated event) {
        evictAll();
    }

    /**
     * Every cache of the CacheManager, the open-data documents included (they listen to the same
     * events themselves), and the rendered pages: what to call after changing data behind the
     * application's back.
     */
    public void evictAll() {
        for (String name : caches.getCacheNames()) {
            var cache = caches.getCache(name);
            if (cache != null) {
                cache.clear();
            }
        }
        pages.clear();
    }
}
