package fr.gouv.sante.jalons.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.support.ExtraObjectives;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.StatementCounter;
import fr.gouv.sante.jalons.support.TestCaches;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A public page costs the same number of SQL statements whatever the number of objectives (no N+1),
 * measured cold (every cache emptied before each request), and none at all once its read model is
 * cached. Every statement a request executes on the pool is counted ({@link StatementCounter}),
 * Hibernate's and the others' alike.
 */
@JalonsTest
class QueryCountTests {

    private static final List<String> PAGES = List.of(
            "/",
            "/axes/1",
            "/objectifs",
            "/objectifs?q=sante&axe=1",
            "/objectifs/1-1",
            "/organisations",
            "/organisations/ans",
            "/api/v1/objectives",
            "/api/v1/organisations",
            "/objectifs?theme=medico-social",
            "/themes/medico-social",
            "/api/v1/objectives?theme=medico-social");

    @LocalServerPort
    int port;

    @Autowired
    StatementCounter counter;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestCaches caches;

    @Autowired
    CacheManager cacheManager;

    HttpTestClient http;
    ExtraObjectives extra;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        extra = new ExtraObjectives(jdbc);
    }

    private Map<String, Long> statementsPerPage() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String page : PAGES) {
            caches.clearAll();
            counts.put(page, (long) statementsOf(page));
        }
        return counts;
    }

    /** Every statement the request executes, whoever issues it; a background job's never count. */
    private int statementsOf(String page) {
        StatementCounter.Recording recording = counter.recording();
        assertThat(http.get(page, recording.header()).statusCode()).as(page).isEqualTo(200);
        return recording.count();
    }

    @Test
    void aPageCostsTheSameNumberOfQueriesWithTwentyMoreObjectives() {
        Map<String, Long> before = statementsPerPage();
        extra.add(20);
        Map<String, Long> after = statementsPerPage();

        assertThat(after).isEqualTo(before);
        assertThat(before.values())
                .as("statements per page: %s", before)
                .allSatisfy(count -> assertThat(count).isBetween(1L, 22L));
        assertThat(http.get("/api/v1/objectives").body()).contains("\"1-69\"");
    }

    @Test
    void visitorsArrivingTogetherOnEmptyCachesHaveTheReadModelsBuiltOnce() throws Exception {
        long alone = statementsOf("/objectifs/7-3");

        // after a publication every cache is empty: twenty visitors at the same instant
        caches.clearAll();
        StatementCounter.Recording together = counter.recording();
        int visitors = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(visitors);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < visitors; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return new HttpTestClient(port)
                            .get("/objectifs/7-3", together.header())
                            .statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat((long) together.count())
                .as("SQL statements for %d simultaneous first visits, against %d for one", visitors, alone)
                .isEqualTo(alone);
    }

    @Test
    void aPageWhoseReadModelIsCachedCostsNoQueryAtAll() {
        http.get("/");
        http.get("/objectifs/7-3");
        http.get("/objectifs?q=ordonnance");
        // the rendered HTML is cached too: dropped before each request, so that the page is rendered
        // again and only the read models' caches can spare the queries
        for (String page : List.of("/", "/axes/2", "/objectifs/7-3", "/objectifs?q=ordonnance")) {
            cacheManager.getCache("rendered-pages").invalidate();
            assertThat(statementsOf(page)).as(page).isZero();
        }
    }
}
