package fr.gouv.sante.jalons.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.support.ExtraObjectives;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.StatementCounter;
import fr.gouv.sante.jalons.support.TestCaches;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A cold objective page (every cache emptied, the rendered HTML's included) costs at most three SQL
 * statements, counted on the connection pool whatever issues them (Hibernate, {@code JdbcClient},
 * the session store), for an anonymous visitor: its read model in one statement, the charter's
 * commitments in another, and nothing for a session.
 */
@JalonsTest
class ObjectivePageStatementsTests {

    private static final int MOST = 3;

    @LocalServerPort
    int port;

    @Autowired
    StatementCounter counter;

    @Autowired
    TestCaches caches;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    HttpTestClient http;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
    }

    private StatementCounter.Recording coldVisit(String page) {
        caches.clearAll();
        StatementCounter.Recording recording = counter.recording();
        assertThat(http.get(page, recording.header()).statusCode()).as(page).isEqualTo(200);
        return recording;
    }

    @Test
    void aColdObjectivePageCostsAtMostThreeStatements() {
        for (String page : List.of("/objectifs/1-1", "/objectifs/7-3", "/objectifs/2-1")) {
            StatementCounter.Recording recording = coldVisit(page);
            assertThat(recording.count())
                    .as("statements of a cold %s:%n%s", page, String.join("\n", recording.statements()))
                    .isPositive()
                    .isLessThanOrEqualTo(MOST);
        }
    }

    @Test
    void theColdObjectivePageCostsTheSameWithTwentyMoreObjectives() {
        int before = coldVisit("/objectifs/1-1").count();
        new ExtraObjectives(jdbc).add(20);
        assertThat(coldVisit("/objectifs/1-1").count()).isEqualTo(before);
    }

    @Test
    void theCounterSeesTheStatementsHibernateDoesNotIssue() {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        caches.clearAll();
        statistics.clear();
        StatementCounter.Recording recording = counter.recording();
        assertThat(http.get("/objectifs/7-3", recording.header()).statusCode()).isEqualTo(200);
        // the page's read model and the charter's commitments are read with a JdbcClient, which
        // Hibernate's statistics never see
        assertThat(recording.statements())
                .anySatisfy(sql -> assertThat(sql).contains("json_build_object"))
                .anySatisfy(sql -> assertThat(sql).contains("charter_commitment"));
        assertThat(statistics.getPrepareStatementCount()).isLessThan(recording.count());
    }

    @Test
    void aRequestWithoutTheHeaderIsNotCounted() {
        StatementCounter.Recording recording = counter.recording();
        caches.clearAll();
        assertThat(http.get("/objectifs/1-1").statusCode()).isEqualTo(200);
        assertThat(recording.statements()).isEmpty();
    }
}
