package fr.gouv.sante.jalons.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.gouv.sante.jalons.support.JalonsTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one signal: however many changes a transaction announces, this node clears its caches once,
 * after the commit, and the other nodes hear one notification; a change rolled back clears nothing
 * and tells no one. A connection of the test's own LISTENs as another node would.
 */
@JalonsTest
class PublicCachesTests {

    @Autowired
    PublicCaches caches;

    @Autowired
    CacheManager cacheManager;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcConnectionDetails database;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CacheNotificationListener listener;

    Connection otherNode;
    final List<String> heard = new ArrayList<>();

    @BeforeEach
    void listenAsAnotherNode() throws SQLException {
        await().atMost(Duration.ofSeconds(10)).until(listener::isListening);
        // an edition written in the background (the reference period's, at start-up) announces itself too
        await().atMost(Duration.ofMinutes(2))
                .until(() -> jdbc.sql("select count(*) from bilan_edition where state = 'PENDING'")
                                .query(Long.class)
                                .single()
                        == 0);
        Properties credentials = new Properties();
        credentials.setProperty("user", database.getUsername());
        credentials.setProperty("password", database.getPassword() == null ? "" : database.getPassword());
        otherNode = DriverManager.getConnection(database.getJdbcUrl(), credentials);
        try (Statement statement = otherNode.createStatement()) {
            statement.execute("LISTEN " + PublicCaches.CHANNEL);
        }
    }

    @AfterEach
    void stopListening() throws SQLException {
        otherNode.close();
    }

    @Test
    void severalChangesInOneTransactionClearTheCachesOnceAfterTheCommitAndNotifyOnce() {
        Cache cache = putProbe("dashboard-snapshot");
        long before = caches.generation();

        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            events.publishEvent(new PublicContentChanged("première modification"));
            events.publishEvent(new PublicContentChanged("deuxième modification"));
            events.publishEvent(new PublicContentChanged("troisième modification"));
            // not before the commit: a visitor would put the old picture back meanwhile
            assertThat(cache.get("probe")).isNotNull();
            assertThat(caches.generation()).isEqualTo(before);
        });

        assertThat(cache.get("probe")).as("cleared once committed").isNull();
        assertThat(caches.generation()).isEqualTo(before + 1);
        await().atMost(Duration.ofSeconds(3)).until(() -> !notifications().isEmpty());
        // one notification for the transaction, and this node does not clear again on its own one
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> notifications().size() == 1 && caches.generation() == before + 1);
        assertThat(heard.get(0)).endsWith("première modification and 2 more");
    }

    @Test
    void aChangeRolledBackClearsNothingAndTellsNoOne() {
        Cache cache = putProbe("opendata-documents");
        long before = caches.generation();

        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            events.publishEvent(new PublicContentChanged("modification abandonnée"));
            tx.setRollbackOnly();
        });

        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> notifications().isEmpty());
        assertThat(cache.get("probe")).isNotNull();
        assertThat(caches.generation()).isEqualTo(before);
    }

    @Test
    void aChangeOutsideATransactionActsAtOnce() {
        Cache cache = putProbe("bilans");

        events.publishEvent(new PublicContentChanged("modification hors transaction"));

        assertThat(cache.get("probe")).isNull();
        await().atMost(Duration.ofSeconds(3)).until(() -> !notifications().isEmpty());
        assertThat(heard).singleElement().asString().endsWith("modification hors transaction");
    }

    @Test
    void aNotificationOfAnotherNodeClearsTheCachesAndThisNodesOwnDoesNot() {
        long before = caches.generation();
        caches.notified(List.of("un-autre-noeud publication"));
        assertThat(caches.generation()).isEqualTo(before + 1);

        Cache cache = putProbe("rendered-pages");
        events.publishEvent(new PublicContentChanged("sur ce noeud"));
        await().atMost(Duration.ofSeconds(3)).until(() -> !notifications().isEmpty());
        long after = caches.generation();
        cache.put("probe", "kept");
        caches.notified(List.copyOf(heard));
        assertThat(caches.generation()).isEqualTo(after);
        assertThat(cache.get("probe")).isNotNull();
    }

    /** What the other node heard so far. */
    private List<String> notifications() throws SQLException {
        PGNotification[] received = otherNode.unwrap(PGConnection.class).getNotifications(100);
        if (received != null) {
            for (PGNotification notification : received) {
                heard.add(notification.getParameter());
            }
        }
        return heard;
    }

    private Cache putProbe(String name) {
        Cache cache = cacheManager.getCache(name);
        assertThat(cache).isNotNull();
        cache.put("probe", "stale");
        assertThat(cache.get("probe")).isNotNull();
        return cache;
    }
}
