package fr.gouv.sante.jalons.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.gouv.sante.jalons.support.JalonsTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The node's listener: any notification clears every cache, and a lost connection is re-opened. */
@JalonsTest
class CacheNotificationListenerTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CacheManager caches;

    @Autowired
    CacheNotificationListener listener;

    @BeforeEach
    void listening() {
        await().atMost(Duration.ofSeconds(10)).until(listener::isListening);
    }

    @Test
    void aNotificationClearsEveryCacheWhateverItsName() {
        Cache some = putProbe("dashboard-snapshot");
        Cache other = putProbe("dashboard-searches");
        jdbc.sql("select pg_notify(?, 'test')")
                .param(PublicCaches.CHANNEL)
                .query()
                .singleRow();
        await().atMost(Duration.ofSeconds(3)).until(() -> some.get("probe") == null && other.get("probe") == null);
    }

    @Test
    void theListenerReconnectsAfterItsConnectionIsCutAndClearsTheCachesItMayHaveMissed() {
        Long before = listenerPid();
        assertThat(before).isNotNull();
        Cache cache = putProbe("dashboard-objective-pages");
        jdbc.sql("select pg_terminate_backend(cast(? as integer))")
                .param(before)
                .query()
                .singleRow();

        await().atMost(Duration.ofSeconds(10)).until(() -> {
            Long now = listenerPid();
            return now != null && !now.equals(before) && listener.isListening();
        });
        await().atMost(Duration.ofSeconds(3)).until(() -> cache.get("probe") == null);
        // and it hears notifications again
        Cache again = putProbe("dashboard-snapshot");
        jdbc.sql("select pg_notify(?, 'test')")
                .param(PublicCaches.CHANNEL)
                .query()
                .singleRow();
        await().atMost(Duration.ofSeconds(3)).until(() -> again.get("probe") == null);
    }

    private Cache putProbe(String name) {
        Cache cache = caches.getCache(name);
        assertThat(cache).isNotNull();
        cache.put("probe", "stale");
        assertThat(cache.get("probe")).isNotNull();
        return cache;
    }

    private Long listenerPid() {
        return jdbc.sql("""
                select pid from pg_stat_activity where application_name = ? and datname = current_database()
                order by backend_start desc limit 1""")
                .param(CacheNotificationListener.APPLICATION_NAME)
                .query(Long.class)
                .optional()
                .orElse(null);
    }
}
