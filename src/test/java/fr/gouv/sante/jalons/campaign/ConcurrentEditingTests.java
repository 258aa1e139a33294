package fr.gouv.sante.jalons.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Real concurrent requests on the same report: exactly one save wins per version, every other one
 * gets the conflict page with what was saved, nobody gets a 500, and nothing is silently overwritten.
 */
@JalonsTest
class ConcurrentEditingTests {

    private static final int REQUESTS = 20;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    List<WebSession> sessions;

    @BeforeEach
    void openCampaign() {
        CurrentUser admin = users.admin();
        campaign.open();
        // four people who may all edit 3-1 (led by GIE SESAM-Vitale, ANS, CNAM, DNS)
        sessions = List.of(users.editor("ANS"), users.editor("CNAM"), users.editor("DNS"), admin).stream()
                .map(user -> WebSession.signedIn(port, user.email(), TestUsers.PASSWORD))
                .toList();
    }

    private List<HttpResponse<String>> saveAtOnce(String code, Long version) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            WebSession session = sessions.get(i % sessions.size());
            List<String> fields = new ArrayList<>(
                    List.of("status", "AT_RISK", "narrative", "Version n°" + i + ".", "action", "brouillon"));
            if (version != null) {
                fields.addAll(List.of("version", String.valueOf(version)));
            }
            futures.add(pool.submit(() -> {
                start.await();
                return session.post("/espace/objectifs/" + code, true, fields.toArray(String[]::new));
            }));
        }
        start.countDown();
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (Future<HttpResponse<String>> future : futures) {
            responses.add(future.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return responses;
    }

    private void assertExactlyOneWinner(List<HttpResponse<String>> responses, String code, long expectedVersion) {
        List<HttpResponse<String>> wins =
                responses.stream().filter(r -> r.statusCode() == 302).toList();
        List<HttpResponse<String>> conflicts = responses.stream()
                .filter(r -> r.statusCode() == 409 && r.body().contains("Quelqu’un a enregistré ce point d’avancement"))
                .toList();
        assertThat(responses).noneMatch(r -> r.statusCode() >= 500);
        assertThat(wins).as("winners").hasSize(1);
        assertThat(conflicts).as("conflict pages").hasSize(REQUESTS - 1);
        String saved = jdbc.sql("""
                        select r.narrative || '|' || r.version from progress_report r
                        join objective o on o.id = r.objective_id join reporting_period p on p.id = r.period_id
                        where o.code = ? and p.code = '2025-S1'""").param(code).query(String.class).single();
        assertThat(saved).matches("Version n°[0-9]+\\.\\|" + expectedVersion);
        // every loser is shown what the winner saved, next to its own text
        String winnerText = saved.substring(0, saved.indexOf('|'));
        assertThat(conflicts)
                .allSatisfy(conflict -> assertThat(conflict.body())
                        .contains("Version enregistrée", "Votre version (non enregistrée)", winnerText));
    }

    @Test
    void twentySavesOfTheSameVersionMakeOneWinnerAndNineteenConflicts() throws Exception {
        campaign.draft(users.editor("ANS"), "3-1", ProgressStatus.ON_TRACK, "Premier brouillon.");
        long version = campaign.version("3-1");

        assertExactlyOneWinner(saveAtOnce("3-1", version), "3-1", version + 1);
    }

    @Test
    void twentyFirstSavesOfTheSameReportMakeOneReport() throws Exception {
        assertExactlyOneWinner(saveAtOnce("3-1", null), "3-1", 0);
    }
}
