package fr.gouv.sante.jalons.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.progress.PeriodPublished;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the public sees changes when, and only when, a period is published: drafts stay hidden, the
 * cache is evicted by the publication, and the home page then says what changed.
 */
@JalonsTest
class PublicationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    DashboardCaches caches;

    HttpTestClient http;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        caches.evictAll();
        // a 2025-S1 campaign with draft reports: 7-3 becomes achieved, 1-1 becomes at risk
        jdbc.sql("""
                insert into reporting_period (roadmap_id, code, starts_on, ends_on, state)
                select id, '2025-S1', date '2025-01-01', date '2025-06-30', 'OPEN' from roadmap""").update();
        jdbc.sql("""
                insert into progress_report (objective_id, period_id, status, narrative)
                select o.id, p.id, x.status, x.narrative
                from (values ('7-3', 'ACHIEVED', 'Cibles CDRi et ROC atteintes.'),
                             ('1-1', 'AT_RISK', 'Baisse des envois des laboratoires.')) as x (code, status, narrative)
                join objective o on o.code = x.code cross join reporting_period p where p.code = '2025-S1'""").update();
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from progress_report where period_id = (select id from reporting_period where code = '2025-S1')").update();
        jdbc.sql("delete from reporting_period where code = '2025-S1'").update();
        caches.evictAll();
    }

    @Test
    void draftsAreNeverShownToThePublic() {
        assertThat(http.get("/").body()).contains("2e semestre 2024").doesNotContain("1er semestre 2025");
        assertThat(http.get("/objectifs/7-3").body()).doesNotContain("Cibles CDRi et ROC atteintes");
        assertThat(http.get("/api/v1/objectives/7-3").body()).contains("\"status\":\"AT_RISK\"")
                .doesNotContain("2025-S1");
    }

    @Test
    void publishingAPeriodSwitchesThePublicPicture() {
        assertThat(http.get("/").body()).contains("2e semestre 2024");

        jdbc.sql("update reporting_period set state = 'PUBLISHED', published_at = timestamptz '2025-07-10 10:00+02' where code = '2025-S1'").update();
        jdbc.sql("""
                update progress_report set published_at = timestamptz '2025-07-10 10:00+02'
                where period_id = (select id from reporting_period where code = '2025-S1')""").update();
        // still cached: the page does not change until the publication event
        assertThat(http.get("/").body()).doesNotContain("1er semestre 2025");

        events.publishEvent(new PeriodPublished("2025-S1"));

        String home = http.get("/").body();
        assertThat(home).contains("Dernier bilan publié : 1er semestre 2025, publié le 10 juillet 2025.");
        assertThat(home).contains("Évolutions entre le bilan du 2e semestre 2024 et celui du 1er semestre 2025.");
        assertThat(home).contains("Objectifs nouvellement atteints", "7-3 — Simplification et digitalisation");
        assertThat(home).contains("Changements de statut", "1-1 — Alimentation de Mon espace santé");

        String objective = http.get("/objectifs/7-3").body();
        assertThat(objective).contains("Cibles CDRi et ROC atteintes.", "1er semestre 2025", "2e semestre 2024");
        assertThat(objective).doesNotContain("Échéance dépassée");
        assertThat(http.get("/api/v1/objectives/7-3").body()).contains("\"status\":\"ACHIEVED\"", "\"statusPeriod\":\"2025-S1\"");
    }
}
