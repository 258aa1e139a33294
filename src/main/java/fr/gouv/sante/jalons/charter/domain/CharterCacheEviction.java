package fr.gouv.sante.jalons.charter.domain;

import fr.gouv.sante.jalons.charter.CharterQueries;
import fr.gouv.sante.jalons.charter.CommitmentLinksChanged;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Drops this node's read model once a change of links is committed (earlier, a visitor could cache the
 * old picture again). The other nodes hear of it through the cluster's notification, sent in the change's
 * transaction, which clears every cache.
 */
@Component
class CharterCacheEviction {

    private final CacheManager caches;

    CharterCacheEviction(CacheManager caches) {
        this.caches = caches;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CommitmentLinksChanged event) {
        Cache cache = caches.getCache(CharterQueries.CACHE);
        if (cache != null) {
            cache.clear();
        }
    }
}
