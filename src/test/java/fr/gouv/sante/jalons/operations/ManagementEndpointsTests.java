package fr.gouv.sante.jalons.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.util.Collections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The management endpoints: on their own port, without sign-in, and nothing of them on the public port. */
@JalonsTest
@ExtendWith(OutputCaptureExtension.class)
class ManagementEndpointsTests {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    JsonMapper json;

    HttpTestClient app;
    HttpTestClient management;

    @BeforeEach
    void clients() {
        app = new HttpTestClient(port);
        management = new HttpTestClient(managementPort);
    }

    @Test
    void managementRunsOnItsOwnPort() {
        assertThat(managementPort).isPositive().isNotEqualTo(port);
    }

    @Test
    void nothingOfTheActuatorIsOnThePublicPort() {
        for (String path : new String[] {
            "/actuator", "/actuator/health", "/actuator/health/readiness", "/actuator/info", "/actuator/prometheus"
        }) {
            assertThat(app.get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void livenessAndReadinessAreUpWithoutSigningIn() {
        JsonNode liveness = getJson("/actuator/health/liveness");
        assertThat(liveness.get("status").asString()).isEqualTo("UP");
        JsonNode readiness = getJson("/actuator/health/readiness");
        assertThat(readiness.get("status").asString()).isEqualTo("UP");
        assertThat(readiness.get("components").has("db"))
                .as("readiness includes the database")
                .isTrue();
        assertThat(readiness.get("components").get("db").get("status").asString())
                .isEqualTo("UP");
        assertThat(liveness.has("components") && liveness.get("components").has("db"))
                .as("liveness does not depend on the database: a restart would not bring it back")
                .isFalse();
    }

    @Test
    void managementListensOnLoopbackOnlyByDefault() throws Exception {
        InetAddress outside = nonLoopbackAddress();
        assumeTrue(outside != null, "this machine has no other interface than loopback to try from");
        // the public port answers on that address, so a refusal below is the binding, not the network
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(outside, port), 2000);
        }
        assertThatThrownBy(() -> {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(outside, managementPort), 2000);
                    }
                })
                .as("management port on " + outside)
                .isInstanceOf(ConnectException.class);
        assertThat(management.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void healthShowsTheStateOfEachComponentButNoDetailToAnAnonymousCaller() {
        HttpResponse<String> response = management.get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = json.readTree(response.body());
        assertThat(health.get("components").get("db").get("status").asString()).isEqualTo("UP");
        assertThat(response.body())
                .doesNotContain("\"details\"", "PostgreSQL", "validationQuery", "\"path\"", "threshold");
    }

    @Test
    void infoGivesTheVersionAndTheCommit() {
        JsonNode info = getJson("/actuator/info");
        assertThat(info.get("build").get("version").asString()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(info.get("build").get("artifact").asString()).isEqualTo("jalons");
        // built from a git checkout here; a build without .git just has no "git" entry
        assertThat(info.get("git").get("commit").get("id").asString()).matches("[0-9a-f]{7,40}");
    }

    @Test
    void prometheusExportsHttpPoolJvmCacheAndCampaignMetrics() {
        // one public page, twice: an HTTP timer and a cache hit to report
        assertThat(app.get("/").statusCode()).isEqualTo(200);
        assertThat(app.get("/objectifs/7-3").statusCode()).isEqualTo(200);
        assertThat(app.get("/objectifs/7-3").statusCode()).isEqualTo(200);
        HttpResponse<String> response = management.get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        String metrics = response.body();
        assertThat(metrics)
                .contains("http_server_requests_seconds_count{")
                .contains("hikaricp_connections_active{")
                .contains("jvm_memory_used_bytes{")
                .contains("cache_gets_total{")
                .contains("cache=\"dashboard-snapshot\"")
                .contains("jalons_reports_submitted_total")
                .contains("jalons_reports_validated_total")
                .contains("jalons_publications_total")
                .contains("jalons_mails_sent_total");
        assertThat(metrics)
                .as("cache hits are recorded (recordStats)")
                .containsPattern("cache_gets_total\\{[^}]*result=\"hit\"[^}]*\\} [1-9]");
    }

    private JsonNode getJson(String path) {
        HttpResponse<String> response = management.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** An address of this machine other than loopback, if it has one that is up. */
    private static InetAddress nonLoopbackAddress() throws SocketException {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (!address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                        return address;
                    }
                }
            }
        }
        return null;
    }

    @Test
    void noLogLineNorMetricTagHoldsTheSecretOfALink(CapturedOutput output) {
        String secret = "metrique" + "Q".repeat(35);
        for (String path : new String[] {
            "/invitation/" + secret,
            "/mot-de-passe/" + secret,
            "/invitation/" + secret + "/",
            "/invitation/" + secret + "/suite",
            "/mot-de-passe/" + secret + "?x=1"
        }) {
            app.get(path);
        }
        String metrics = management.get("/actuator/prometheus").body();
        assertThat(metrics).contains("http_server_requests_seconds_count{").doesNotContain(secret);
        // a link with something after it (a slash a mail client added) matches no page: still not logged
        assertThat(output).doesNotContain(secret);
    }
}
