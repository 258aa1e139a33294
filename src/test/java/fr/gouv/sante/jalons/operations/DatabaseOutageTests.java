package fr.gouv.sante.jalons.operations;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.support.FixedClockConfiguration;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.MailServerConfiguration;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.HtmlUtils;

/**
 * PostgreSQL goes away and comes back, through a TCP proxy the test cuts and resumes: the node says
 * it is not ready, pages that need the database answer the French 503 page and the API a
 * problem+json 503, each within 5 s; cached public pages keep answering; everything is back within
 * 5 s of the database's return, without a restart.
 *
 * <p>Its own Spring context (the datasource goes through the proxy), closed after the class so that
 * no other test class inherits a context whose database can be cut.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "management.server.port=0",
            "jalons.reminders.cron=-",
            "jalons.mail.delivery-interval=PT0.2S",
            "logging.level.com.icegreen=WARN",
            "jalons.security.password-memory=64",
            "jalons.security.password-iterations=1"
        })
@Import({FixedClockConfiguration.class, MailServerConfiguration.class})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageTests {

    /** The longest an answer, or the recovery, may take around an outage (docs/operations.md). */
    private static final Duration LIMIT = Duration.ofSeconds(5);

    private static final Pattern INCIDENT = Pattern.compile("incident[^:]*: ([0-9a-f]{8})");

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static EmbeddedPostgres embedded;
    private static TcpProxy proxy;

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    /** The suite's database (SPRING_DATASOURCE_URL), else an embedded server of our own, behind the proxy. */
    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) throws IOException {
        String url = System.getProperty("spring.datasource.url", System.getenv("SPRING_DATASOURCE_URL"));
        if (url == null || url.isBlank()) {
            embedded = EmbeddedPostgres.builder().start();
            url = embedded.getJdbcUrl("postgres", "postgres");
            registry.add("spring.datasource.username", () -> "postgres");
            registry.add("spring.datasource.password", () -> "");
        }
        URI target = URI.create(url.substring("jdbc:".length()));
        proxy = new TcpProxy(target.getHost(), target.getPort() > 0 ? target.getPort() : 5432);
        String proxied = url.replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/");
        registry.add("spring.datasource.url", () -> proxied);
    }

    @AfterEach
    void databaseBack() {
        proxy.resume();
    }

    @AfterAll
    static void stopProxy() throws IOException {
        proxy.close();
        if (embedded != null) {
            embedded.close();
        }
    }

    @Test
    void duringAnOutageTheNodeFailsFastAndRecoversWithoutRestart(CapturedOutput output) {
        HttpTestClient app = new HttpTestClient(port);
        HttpTestClient management = new HttpTestClient(managementPort);
        new TestUsers(jdbc, passwords).editor("ANS");
        WebSession editor = WebSession.signedIn(port, "editeur.ans@test.jalons", TestUsers.PASSWORD);
        // the public pages visited before the outage are cached
        assertThat(app.get("/").statusCode()).isEqualTo(200);
        assertThat(app.get("/objectifs/7-3").statusCode()).isEqualTo(200);
        assertThat(status(management.get("/actuator/health/readiness"))).isEqualTo("UP");
        assertThat(editor.get("/espace").statusCode()).isEqualTo(200);

        proxy.cut();
        long cutAt = System.nanoTime();

        // readiness DOWN within 5 s; liveness stays UP (a restart would not help)
        awaitWithin(
                LIMIT,
                () -> management.get("/actuator/health/readiness"),
                r -> r.statusCode() == 503,
                "readiness DOWN");
        assertThat(management.get("/actuator/health/liveness").statusCode()).isEqualTo(200);

        // a page that needs the database: the French 503 page, designed, at once
        HttpResponse<String> page =
                timed(() -> app.get("/objectifs/16-1", "Accept", BROWSER), "objective page not in the cache");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(503);
        String html = HtmlUtils.htmlUnescape(page.body());
        assertThat(html)
                .contains("lang=\"fr\"")
                .contains("Service momentanément indisponible")
                .contains("Erreur 503")
                .contains("/dsfr/")
                .doesNotContain("Exception")
                .doesNotContain("at org.");
        assertThat(html.split("<h1", -1)).hasSize(2);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
        // the incident id on the page is the one in the log line of that request
        Matcher incident = INCIDENT.matcher(html);
        assertThat(incident.find()).as("incident id on the page").isTrue();
        assertThat(output.getOut()).containsPattern("\\[" + incident.group(1) + "\\].*Database unreachable: 503");

        // a back-office page (the account is read again in a security filter): the same 503
        HttpResponse<String> backOffice = timed(() -> editor.get("/espace"), "back office");
        assertThat(backOffice.statusCode()).isEqualTo(503);
        assertThat(backOffice.headers().firstValue("Retry-After")).hasValue("5");

        // the API: problem+json 503 (an objective not requested before, hence not in any cache)
        HttpResponse<String> api = timed(() -> app.get("/api/v1/objectives/17-2"), "API");
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(api.body()).contains("\"status\":503").contains("Service momentanément indisponible");

        // cached public pages keep answering
        assertThat(app.get("/").statusCode()).isEqualTo(200);
        assertThat(app.get("/objectifs/7-3").statusCode()).isEqualTo(200);

        // no stack-trace storm: the outage is logged in single lines
        // no stack trace per request or per scheduler run: the outage is logged in single lines
        assertThat(output.getOut())
                .doesNotContain("Unexpected error occurred in scheduled task")
                .doesNotContainPattern("ERROR .*Incident [0-9a-f]{8} on");
        assertThat(Duration.ofNanos(System.nanoTime() - cutAt))
                .as("the outage checks took")
                .isLessThan(Duration.ofMinutes(1));

        proxy.resume();
        awaitWithin(
                LIMIT,
                () -> management.get("/actuator/health/readiness"),
                r -> r.statusCode() == 200,
                "readiness UP again");
        awaitWithin(LIMIT, () -> app.get("/objectifs/16-1"), r -> r.statusCode() == 200, "objective page again");
        assertThat(app.get("/api/v1/objectives/17-2").statusCode()).isEqualTo(200);
        assertThat(editor.get("/espace").statusCode())
                .as("the session survived the outage")
                .isEqualTo(200);
    }

    /** One request that must answer within the limit. */
    private static HttpResponse<String> timed(Supplier<HttpResponse<String>> request, String what) {
        long start = System.nanoTime();
        HttpResponse<String> response = request.get();
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as(what + " answered in")
                .isLessThanOrEqualTo(LIMIT);
        return response;
    }

    /** Polls (no fixed sleep) until the condition holds; fails if it takes longer than the limit. */
    private static void awaitWithin(
            Duration limit,
            Supplier<HttpResponse<String>> request,
            Predicate<HttpResponse<String>> condition,
            String what) {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        HttpResponse<String> last;
        do {
            last = request.get();
            if (condition.test(last)) {
                return;
            }
            Thread.onSpinWait();
        } while (System.nanoTime() < deadline);
        throw new AssertionError(what + " not reached within " + limit + " (last answer " + last.statusCode() + ": "
                + last.body().substring(0, Math.min(300, last.body().length())) + ")");
    }

    private static String status(HttpResponse<String> response) {
        Matcher matcher = Pattern.compile("\"status\":\"([A-Z_]+)\"").matcher(response.body());
        return matcher.find() ? matcher.group(1) : "?";
    }
}
