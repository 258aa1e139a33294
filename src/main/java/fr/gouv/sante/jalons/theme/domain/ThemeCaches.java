package fr.gouv.sante.jalons.theme.domain;

import fr.gouv.sante.jalons.dashboard.DashboardCaches;
import fr.gouv.sante.jalons.theme.ThemeObjectivesChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * After a theme's objectives changed, this node drops its public caches at once (the filtered lists,
 * the CSV export's themes column, the rendered pages): the other nodes hear of it through PostgreSQL,
 * within seconds.
 */
@Component
class ThemeCaches {

    private final DashboardCaches caches;

    ThemeCaches(DashboardCaches caches) {
        this.caches = caches;
    }

    /** After the commit: evicting earlier would let a request cache the old picture again. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ThemeObjectivesChanged event) {
        caches.evictAll();
    }
}
