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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
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
 * and tells no one. A change that names its caches leaves the others; a model read to be rebuilt
 * is served as it was until its new copy replaces it. A connection of the test's own LISTENs as
 * another node would.
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
        long cleared = caches.generation();
        assertThat(cleared).isGreaterThan(before);
        await().atMost(Duration.ofSeconds(3)).until(() -> !notifications().isEmpty());
        // one notification for the transaction, and this node does not clear again on its own one
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> notifications().size() == 1 && caches.generation() == cleared);
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
        assertThat(caches.generation()).isGreaterThan(before);

        Cache cache = putProbe("rendered-pages");
        events.publishEvent(new PublicContentChanged("sur ce noeud"));
        await().atMost(Duration.ofSeconds(3)).until(() -> !notifications().isEmpty());
        long after = caches.generation();
        cache.put("probe", "kept");
        caches.notified(List.copyOf(heard));
        assertThat(caches.generation()).isEqualTo(after);
        assertThat(cache.get("probe")).isNotNull();
    }

    @Test
    void aChangeThatNamesItsCachesLeavesTheOthersButDatesTheRenderedPages() {
        Cache named = putProbe("bilans");
        Cache other = putProbe("dashboard-snapshot");
        Cache pages = putProbe("rendered-pages");
        long before = caches.generation();

        new TransactionTemplate(transactions)
                .executeWithoutResult(tx -> events.publishEvent(
                        PublicContentChanged.shownOnlyIn("édition d'un bilan écrite", Set.of("bilans"))));

        assertThat(named.get("probe")).isNull();
        assertThat(other.get("probe")).isNotNull();
        // a page may show anything: out of date by its generation, left for its reader to render again
        assertThat(caches.generation()).isGreaterThan(before);
        assertThat(pages.get("probe")).isNotNull();
        // the other nodes are told which caches, and do the same
        await().atMost(Duration.ofSeconds(3)).until(() -> !notifications().isEmpty());
        assertThat(heard).singleElement().asString().contains(" caches=bilans ");
        named.put("probe", "stale");
        long notified = caches.generation();
        caches.notified(List.of("un-autre-noeud caches= édition d'un bilan écrite"));
        assertThat(named.get("probe")).isNotNull();
        assertThat(caches.generation()).isGreaterThan(notified);
        assertThat(other.get("probe")).isNotNull();
        // an older node's notification, without the list, touches every cache, but still only dates the pages
        caches.notified(List.of("un-autre-noeud publication"));
        assertThat(named.get("probe")).isNull();
        assertThat(other.get("probe")).isNull();
        assertThat(pages.get("probe")).isNotNull();
        // emptied only when the caches are cleared
        caches.clear("remise à zéro");
        assertThat(pages.get("probe")).isNull();
    }

    @Test
    void aRebuiltModelIsComputedOnceAfterTheCommitAndItsReadersWaitForTheNewCopy() throws Exception {
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch rebuilding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Supplier<String> loader = () -> {
            int number = computed.incrementAndGet();
            if (number == 2) {
                rebuilding.countDown();
                awaitQuietly(release);
            }
            return "copie " + number;
        };
        Object key = "modèle reconstruit " + UUID.randomUUID();
        assertThat(caches.readRebuilt("dashboard-snapshot", key, loader)).isEqualTo("copie 1");
        Cache others = putProbe("bilans");
        long before = caches.generation();

        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            // the change's caller has its answer once committed, while the model is still being computed
            new TransactionTemplate(transactions)
                    .executeWithoutResult(tx -> events.publishEvent(new PublicContentChanged("publication")));
            assertThat(rebuilding.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(others.get("probe")).isNull();
            assertThat(caches.generation()).isGreaterThan(before);
            // a reader meanwhile waits for the new copy: never the one from before the change
            Future<String> read = reader.submit(() -> caches.readRebuilt("dashboard-snapshot", key, loader));
            Thread.sleep(200);
            assertThat(read).isNotDone();
            release.countDown();
            assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo("copie 2");
        } finally {
            release.countDown();
            reader.shutdownNow();
        }
        // computed once for everyone, and kept
        assertThat(caches.readRebuilt("dashboard-snapshot", key, loader)).isEqualTo("copie 2");
        assertThat(computed).hasValue(2);
    }

    @Test
    void aRebuildThatFailsLeavesTheNextReaderToComputeTheModelAndSeeWhy() {
        AtomicInteger computed = new AtomicInteger();
        Supplier<String> loader = () -> {
            int number = computed.incrementAndGet();
            if (number == 2) {
                throw new IllegalStateException("base indisponible");
            }
            return "copie " + number;
        };
        Object key = "modèle en échec " + UUID.randomUUID();
        assertThat(caches.readRebuilt("dashboard-snapshot", key, loader)).isEqualTo("copie 1");

        new TransactionTemplate(transactions)
                .executeWithoutResult(tx -> events.publishEvent(new PublicContentChanged("publication")));

        // the failed rebuild is not served, nor the copy from before the change
        assertThat(caches.readRebuilt("dashboard-snapshot", key, loader)).isEqualTo("copie 3");
        assertThat(computed).hasValue(3);
    }

    @Test
    void clearingEmptiesARebuiltModelWithoutComputingItAgain() {
        AtomicInteger computed = new AtomicInteger();
        Supplier<String> loader = () -> "copie " + computed.incrementAndGet();
        Object key = "modèle vidé " + UUID.randomUUID();
        assertThat(caches.readRebuilt("dashboard-snapshot", key, loader)).isEqualTo("copie 1");

        caches.clear("remise à zéro");

        // nothing computed for nobody: the next reader computes it
        assertThat(computed).hasValue(1);
        assertThat(caches.readRebuilt("dashboard-snapshot", key, loader)).isEqualTo("copie 2");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
