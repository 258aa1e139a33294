package fr.gouv.sante.jalons.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.gouv.sante.jalons.JalonsApplication;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.account.Role;
import fr.gouv.sante.jalons.campaign.ProgressReporting;
import fr.gouv.sante.jalons.campaign.ProgressReview;
import fr.gouv.sante.jalons.campaign.ReportCommand;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.FixedClockConfiguration;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.ReferenceData;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes started side by side on the suite's database, as behind a load balancer: a
 * session opened on one is valid on the other, a publication or a correction on one reaches every
 * public representation cached by either node (the node that made it at once, the other within 3
 * seconds; without the notification it would wait for the 10-minute expiry), and the password-reset
 * limits hold across the nodes.
 */
@JalonsTest
class TwoNodesTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    CurrentUser admin;

    /** Once for the class: a node takes seconds to start, and nothing a test does changes the nodes. */
    @BeforeAll
    static void startTwoNodes(@Autowired JdbcConnectionDetails database, @Autowired ReferenceData reference) {
        // a node writes at its start the editions left pending, such as the one the test before this
        // class published (the suite's node does not write it): the nodes start on the reference data
        reference.restore();
        nodeA = startNode("A", database);
        nodeB = startNode("B", database);
    }

    @AfterAll
    static void stopNodes() {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @BeforeEach
    void setUp() {
        // the reset before this test changed the database behind the nodes' back (this suite's node
        // is cleared by the reset itself): every node listens, none keeps a stale page
        jdbc.sql("select pg_notify(?, 'test reset')")
                .param(PublicCaches.CHANNEL)
                .query()
                .singleRow();
        admin = users.admin();
    }

    private static ConfigurableApplicationContext startNode(String name, JdbcConnectionDetails database) {
        return new SpringApplicationBuilder(JalonsApplication.class, FixedClockConfiguration.class)
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.application.name=jalons-node-" + name,
                        "--spring.datasource.url=" + database.getJdbcUrl(),
                        "--spring.datasource.username=" + database.getUsername(),
                        "--spring.datasource.password="
                                + (database.getPassword() == null ? "" : database.getPassword()),
                        // a small pool: the machine's PostgreSQL serves the whole suite too
                        "--spring.datasource.hikari.maximum-pool-size=4",
                        // the suite's node delivers mails; these two only serve pages
                        "--jalons.mail.delivery-interval=PT24H",
                        "--jalons.reminders.cron=-",
                        "--spring.main.banner-mode=off");
    }

    private static int port(ConfigurableApplicationContext node) {
        return node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    @Test
    void aSessionOpenedOnOneNodeIsValidOnTheOther() {
        WebSession onA = WebSession.signedIn(port(nodeA), admin.email(), TestUsers.PASSWORD);
        WebSession onB = onA.onPort(port(nodeB));

        HttpResponse<String> admin = onB.get("/admin");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("Campagne de mise");
        // and the session really is the shared one: signing out on B ends it on A
        onB.post("/deconnexion", true);
        assertThat(onA.get("/admin").statusCode()).isEqualTo(302);
    }

    @Test
    void passwordResetRequestsSpreadOverTheNodesAreLimitedAsOnOne() {
        String email = users.user("reset.deux-noeuds." + UUID.randomUUID() + "@test.jalons", Role.READER, "ANS")
                .email();
        // six requests for one address, from six clients, three on each node: three are allowed in all
        for (int i = 0; i < 6; i++) {
            WebSession session = new WebSession(port(i % 2 == 0 ? nodeA : nodeB));
            session.get("/mot-de-passe-oublie");
            assertThat(session.post("/mot-de-passe-oublie", true, "email", email)
                            .statusCode())
                    .isEqualTo(302);
        }
        // each allowed request queues its mail (in the background, on the node that took it)
        await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(email) >= 3);
        // and the others were refused, not merely late
        await("no fourth reset mail")
                .during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> mailsTo(email) <= 3);
        assertThat(mailsTo(email)).as("reset mails queued for %s", email).isEqualTo(3);
    }

    private long mailsTo(String email) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    @Test
    void aCorrectionOnOneNodeReachesTheOthersCachedPageWithinThreeSeconds() {
        HttpTestClient publicOnB = new HttpTestClient(port(nodeB));
        String marker = "Correction depuis le noeud A " + UUID.randomUUID();
        // B renders and caches the page (twice, so that the second answer is the cached one)
        assertThat(publicOnB.get("/objectifs/3-1").body()).doesNotContain(marker);
        assertThat(publicOnB.get("/objectifs/3-1").body()).doesNotContain(marker);

        ProgressReview onA = nodeA.getBean(ProgressReview.class);
        long version =
                onA.correction(admin, ObjectiveCode.parse("3-1"), "2024-S2").version();
        onA.correct(
                admin,
                ObjectiveCode.parse("3-1"),
                "2024-S2",
                ProgressStatus.AT_RISK,
                marker,
                "Erreur signalée par l'ANS",
                version);

        await().atMost(Duration.ofSeconds(3))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> publicOnB.get("/objectifs/3-1").body().contains(marker));
    }

    /** The public representations a publication of 7-3 changes, by path. */
    private static final List<String> REPRESENTATIONS = List.of(
            "/objectifs/7-3", "/api/v1/objectives/7-3", "/opendata/objectives.csv", "/bilans", "/bilans/flux.atom");

    @Test
    void aPublicationOnOneNodeChangesEveryPublicRepresentationOnBothNodes() {
        Map<String, HttpTestClient> nodes = new LinkedHashMap<>();
        nodes.put("A", new HttpTestClient(port(nodeA)));
        nodes.put("B", new HttpTestClient(port(nodeB)));
        String marker = "Publication depuis le noeud A " + UUID.randomUUID();
        // both nodes answer, and keep, the picture before the publication (twice: the second answer is
        // the cached one)
        nodes.forEach((name, http) -> {
            for (int visit = 0; visit < 2; visit++) {
                for (String path : REPRESENTATIONS) {
                    assertThat(published(http, path, marker))
                            .as("%s on node %s, before", path, name)
                            .isFalse();
                }
            }
        });

        publishSevenThreeAchievedOnNodeA(marker);

        // the node that published cleared its caches once the publication committed, before answering
        for (String path : REPRESENTATIONS) {
            assertThat(published(nodes.get("A"), path, marker))
                    .as("%s on node A", path)
                    .isTrue();
        }
        // the other one once the notification arrives; the bound leaves room for a cold feed (it reads
        // every objective) on a loaded machine
        for (String path : REPRESENTATIONS) {
            long started = System.nanoTime();
            await(path + " on node B")
                    .atMost(Duration.ofSeconds(15))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> published(nodes.get("B"), path, marker));
            System.out.printf(
                    "two nodes: %s changed on node B after %d ms%n", path, (System.nanoTime() - started) / 1_000_000);
        }
        // node A, set up as in production (the suite's own node is not: see JalonsTest), writes this
        // publication's bilan in the background; waited for here so that it is not still being written
        // when the nodes stop
        await("the bilan written by node A")
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> jdbc.sql("select state from bilan_edition where period_code = '2025-S1' and number = 1")
                        .query(String.class)
                        .optional()
                        .filter(state -> !state.equals("PENDING"))
                        .isPresent());
        assertThat(jdbc.sql("select state from bilan_edition where period_code = '2025-S1' and number = 1")
                        .query(String.class)
                        .single())
                .isEqualTo("READY");
    }

    /** Whether {@code path} shows the publication of 2025-S1 with 7-3 achieved (its text saying {@code marker}). */
    private static boolean published(HttpTestClient http, String path, String marker) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        String body = response.body();
        return switch (path) {
            case "/objectifs/7-3" -> body.contains(marker);
            case "/api/v1/objectives/7-3" ->
                body.contains(marker) && body.contains("\"status\":\"ACHIEVED\",\"statusPeriod\":\"2025-S1\"");
            case "/opendata/objectives.csv" ->
                body.lines()
                        .anyMatch(
                                row -> row.startsWith("7-3,") && row.contains(",ACHIEVED,") && row.contains("2025-S1"));
            case "/bilans" -> body.contains("href=\"/bilans/2025-S1\"");
            case "/bilans/flux.atom" -> body.contains("<id>urn:jalons:bilan:2025-S1:1</id>");
            default -> throw new IllegalArgumentException(path);
        };
    }

    private void publishSevenThreeAchievedOnNodeA(String narrative) {
        CurrentUser dgos = users.editor("DGOS");
        ObjectiveCode sevenThree = ObjectiveCode.parse("7-3");
        ProgressReview review = nodeA.getBean(ProgressReview.class);
        ProgressReporting reporting = nodeA.getBean(ProgressReporting.class);
        review.openPeriod(admin, "2025-S1", LocalDate.of(2025, 7, 15));
        reporting.save(dgos, sevenThree, new ReportCommand(ProgressStatus.ACHIEVED, narrative, null, List.of()), true);
        review.validate(admin, sevenThree, reporting.editor(admin, sevenThree).version());
        review.publish(
                admin,
                jdbc.sql("select version from reporting_period where code = '2025-S1'")
                        .query(Long.class)
                        .single());
    }
}
