package fr.gouv.sante.jalons.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestCaches;
import fr.gouv.sante.jalons.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The open data is served from cached bytes: a strong ETag per representation, a 304 on
 * revalidation, the same content as before, and a publication visible at once (the cache is
 * evicted by the event, not by the 10-minute expiry).
 */
@JalonsTest
class OpenDataCacheTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    @Autowired
    TestCaches caches;

    HttpTestClient http;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/objectives",
                "/api/v1/objectives/7-3",
                "/api/v1/axes",
                "/api/v1/organisations",
                "/opendata/objectives.csv"
            })
    void aRevalidationWithTheETagIsA304WithoutBody(String path) {
        HttpResponse<String> first = http.get(path);
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("\"").endsWith("\"");
        assertThat(first.headers().firstValue("Cache-Control")).contains("max-age=60, public");

        HttpResponse<String> again = http.get(path, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).contains(etag);

        HttpResponse<String> other = http.get(path, "If-None-Match", "\"something-else\"");
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.body()).isEqualTo(first.body());
    }

    @Test
    void theGzippedAnswerHasItsOwnETagAndTheSameContent() throws Exception {
        HttpResponse<String> plain = http.get("/api/v1/objectives");
        HttpResponse<byte[]> zipped = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/objectives"))
                                .header("Accept-Encoding", "gzip")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zipped.statusCode()).isEqualTo(200);
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(zipped.headers().firstValue("Vary").orElseThrow()).containsIgnoringCase("Accept-Encoding");
        String zippedEtag = zipped.headers().firstValue("ETag").orElseThrow();
        assertThat(zippedEtag)
                .isNotEqualTo(plain.headers().firstValue("ETag").orElseThrow())
                .doesNotStartWith("W/");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.body());
        }
        assertThat(http.get("/api/v1/objectives", "Accept-Encoding", "gzip", "If-None-Match", zippedEtag)
                        .statusCode())
                .isEqualTo(304);
    }

    @Test
    void aPublicationIsInTheApiAndTheCsvAtOnce() throws IOException {
        HttpResponse<String> before = http.get("/api/v1/objectives/7-3");
        assertThat(before.body()).contains("\"status\":\"AT_RISK\"").doesNotContain("2025-S1");
        String csvBefore = http.get("/opendata/objectives.csv").body();
        assertThat(statusInCsv(csvBefore, "7-3")).isEqualTo("AT_RISK");

        publishSevenThreeAchieved();

        HttpResponse<String> after = http.get(
                "/api/v1/objectives/7-3",
                "If-None-Match",
                before.headers().firstValue("ETag").orElseThrow());
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("\"status\":\"ACHIEVED\"", "\"statusPeriod\":\"2025-S1\"");
        assertThat(http.get("/api/v1/objectives").body()).contains("\"latestPeriod\":\"2025-S1\"");
        assertThat(statusInCsv(http.get("/opendata/objectives.csv").body(), "7-3"))
                .isEqualTo("ACHIEVED");
    }

    @Test
    void anUnknownObjectiveIsStillA404ProblemAndIsNotCached() {
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> missing = http.get("/api/v1/objectives/9-9");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.headers().firstValue("Content-Type"))
                    .get()
                    .asString()
                    .startsWith("application/problem+json");
            assertThat(missing.headers().firstValue("ETag")).isEmpty();
        }
    }

    @Test
    void hostileTextIsNeutralisedInTheCsvButNotInTheJson() throws IOException {
        // stored as is, behind the application's back: what a spreadsheet would run as a formula
        jdbc.sql("update objective set title = '=HYPERLINK(\"http://evil.example\",\"clic\")', target = '-2+3' "
                        + "where code = '7-3'")
                .update();
        caches.clearAll();

        CSVRecord row = csvRow(http.get("/opendata/objectives.csv").body(), "7-3");
        assertThat(row.get("title")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"clic\")");
        assertThat(row.get("target")).isEqualTo("'-2+3");
        // number columns are numbers, left alone
        assertThat(row.get("axis_number")).isEqualTo("2");
        assertThat(row.get("updated_in_latest_period")).isIn("true", "false");
        assertThat(http.get("/api/v1/objectives/7-3").body())
                .contains("\"title\":\"=HYPERLINK(\\\"http://evil.example\\\",\\\"clic\\\")\"", "\"target\":\"-2+3\"");
    }

    private void publishSevenThreeAchieved() {
        campaign.open().validated(users.editor("DGOS"), "7-3", ProgressStatus.ACHIEVED, "Cibles atteintes.");
        campaign.published();
    }

    private static String statusInCsv(String csv, String code) throws IOException {
        return csvRow(csv, code).get("status");
    }

    private static CSVRecord csvRow(String csv, String code) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords()
                .stream()
                .filter(record -> record.get("code").equals(code))
                .findFirst()
                .orElseThrow();
    }
}
