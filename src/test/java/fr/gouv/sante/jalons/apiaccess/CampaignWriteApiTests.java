package fr.gouv.sante.jalons.apiaccess;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.account.UserAccounts;
import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The write API as an organisation's system uses it: a token created in the administration writes a
 * draft with {@code If-Match}, a stale or missing version is refused, another organisation's token and a
 * revoked one are refused, bad fields are named, and the history names the token and its creator.
 */
@JalonsTest
class CampaignWriteApiTests {

    private static final Pattern SECRET = Pattern.compile("value=\"(jalons_[A-Za-z0-9_-]{43})\"");
    private static final String REPORT = "/api/v1/campaigns/2025-S1/reports/";

    @LocalServerPort
    int port;

    @Autowired
    CampaignFixture campaign;

    @Autowired
    TestUsers users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    CurrentUser dns;
    WebSession admin;

    @BeforeEach
    void setUp() {
        dns = users.admin();
        admin = WebSession.signedIn(port, dns.email(), TestUsers.PASSWORD);
        campaign.open();
    }

    /** Creates a token through the administration's form, as the DNS does, and reads its secret from the answer. */
    private String tokenFromTheAdministration(String name, String organisation, String scope) {
        HttpResponse<String> created = admin.post(
                "/admin/jetons",
                true,
                "name",
                name,
                "organisation",
                organisation,
                "scope",
                scope,
                "expiresOn",
                "2025-06-30");
        assertThat(created.statusCode()).isEqualTo(200);
        Matcher secret = SECRET.matcher(created.body());
        assertThat(secret.find()).as("the secret shown once").isTrue();
        return secret.group(1);
    }

    private String token(CurrentUser creator, String organisation, TokenScope scope) {
        return tokens.create(
                        creator,
                        new NewApiToken(
                                "Système " + organisation + " " + scope,
                                organisation,
                                scope,
                                LocalDate.of(2025, 6, 30)))
                .secret();
    }

    private HttpResponse<String> call(
            String method, String path, @Nullable String token, @Nullable String ifMatch, @Nullable String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private String draft(String narrative, long indicator, String value) {
        return """
                {"status": "ON_TRACK", "narrative": "%s",
                 "measurements": [{"indicatorId": %d, "value": %s, "date": "2025-03-31",
                                   "qualifier": "AT_LEAST", "datePrecision": "MONTH", "confirmed": true}]}""".formatted(narrative, indicator, value);
    }

    @Test
    void aTokenCreatedInTheAdministrationWritesADraftWithIfMatchAndTheHistoryNamesIt() {
        String secret = tokenFromTheAdministration("Synchro SI ANS", "ANS", "DRAFTS");
        // only the secret's hash is kept
        assertThat(jdbc.sql("select count(*) from api_token where secret_hash = ? or hint = ?")
                        .params(secret, secret)
                        .query(Long.class)
                        .single())
                .isZero();

        HttpResponse<String> read = call("GET", REPORT + "3-1", secret, null, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(etag(read)).isEqualTo("\"new\"");
        assertThat(body(read).get("state").asString()).isEqualTo("TODO");
        long indicator = body(read).get("indicators").get(0).get("id").asLong();

        HttpResponse<String> saved = call(
                "PUT", REPORT + "3-1", secret, "\"new\"", draft("Plus de 3000 établissements.", indicator, "3000"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(etag(saved)).isNotEqualTo("\"new\"");
        JsonNode report = body(saved);
        assertThat(report.get("state").asString()).isEqualTo("DRAFT");
        assertThat(report.get("narrative").asString()).isEqualTo("Plus de 3000 établissements.");
        JsonNode measurement = report.get("indicators").get(0).get("measurement");
        assertThat(measurement.get("value").decimalValue()).isEqualByComparingTo("3000");
        assertThat(measurement.get("qualifier").asString()).isEqualTo("AT_LEAST");
        assertThat(measurement.get("datePrecision").asString()).isEqualTo("MONTH");
        assertThat(campaign.state("3-1")).isEqualTo(ReportState.DRAFT);
        assertThat(campaign.editor("3-1").status()).isEqualTo(ProgressStatus.ON_TRACK);

        // the same write again, with the version just read: a second save
        HttpResponse<String> again =
                call("PUT", REPORT + "3-1", secret, etag(saved), draft("Texte revu.", indicator, "3000"));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);

        String history = admin.get("/admin/historique").body();
        assertThat(history)
                .contains("Jeton d’API « Synchro SI ANS » (" + secret.substring(0, 13) + "…), créé par "
                        + dns.displayName());
        // the trail states the figure as it was sent: "plus de", and the month only
        assertThat(history).containsPattern("Mesure ajoutée : plus de 3\\S000 \\S+ en mars 2025");
        String page = admin.get("/admin/jetons").body();
        assertThat(page)
                .contains("Synchro SI ANS")
                .doesNotContain("Jamais utilisé")
                .doesNotContain(secret);
    }

    @Test
    void aStaleIfMatchGets412AMissingOne428AndNothingIsOverwritten() {
        String secret = token(users.editor("ANS"), "ANS", TokenScope.DRAFTS);
        long indicator = campaign.indicator("3-1");
        HttpResponse<String> first = call("PUT", REPORT + "3-1", secret, "\"new\"", draft("Premier.", indicator, "10"));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        HttpResponse<String> second =
                call("PUT", REPORT + "3-1", secret, etag(first), draft("Second.", indicator, "10"));
        assertThat(second.statusCode()).isEqualTo(200);

        HttpResponse<String> stale =
                call("PUT", REPORT + "3-1", secret, etag(first), draft("Périmé.", indicator, "10"));
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(body(stale).get("title").asString()).isEqualTo("Version périmée");

        HttpResponse<String> blind = call("PUT", REPORT + "3-1", secret, null, draft("Sans version.", indicator, "10"));
        assertThat(blind.statusCode()).isEqualTo(428);
        HttpResponse<String> star = call("PUT", REPORT + "3-1", secret, "*", draft("Étoile.", indicator, "10"));
        assertThat(star.statusCode()).isEqualTo(428);

        assertThat(campaign.editor("3-1").narrative()).isEqualTo("Second.");
    }

    @Test
    void anotherOrganisationsTokenGets403ARevokedOne401AndNoTokenIs401() {
        String ans = tokenFromTheAdministration("Synchro SI ANS", "ANS", "DRAFTS");
        String cnam = token(users.editor("CNAM"), "CNAM", TokenScope.SUBMIT);
        long indicator = campaign.indicator("11-1");

        // CNAM does not lead 11-1 (DNS and ANS do): refused, reading as writing
        HttpResponse<String> write = call("PUT", REPORT + "11-1", cnam, "\"new\"", draft("CNAM.", indicator, "10"));
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(body(write).get("title").asString()).isEqualTo("Accès refusé");
        assertThat(call("GET", REPORT + "11-1", cnam, null, null).statusCode()).isEqualTo(403);
        assertThat(campaign.state("11-1")).isEqualTo(ReportState.TODO);

        HttpResponse<String> anonymous = call("GET", REPORT + "3-1", null, null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow())
                .startsWith("Bearer");
        assertThat(body(anonymous).get("title").asString()).isEqualTo("Jeton d’API requis");
        assertThat(call("GET", REPORT + "3-1", "jalons_" + "x".repeat(43), null, null)
                        .statusCode())
                .isEqualTo(401);

        long id = jdbc.sql("select id from api_token where name = 'Synchro SI ANS'")
                .query(Long.class)
                .single();
        tokens.revoke(dns, id, 0);
        HttpResponse<String> revoked = call("GET", REPORT + "3-1", ans, null, null);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(body(revoked).get("title").asString()).isEqualTo("Jeton révoqué");
        assertThat(admin.get("/admin/historique").body()).contains("Jeton d’API n° " + id + " révoqué");
    }

    @Test
    void aTokenNeverHoldsMoreThanItsCreatorStillDoes() {
        CurrentUser editor = users.editor("ANS");
        String secret = token(editor, "ANS", TokenScope.DRAFTS);
        assertThat(call("GET", REPORT + "3-1", secret, null, null).statusCode()).isEqualTo(200);
        accounts.changeEnabled(dns, editor.id(), false);
        HttpResponse<String> refused = call("GET", REPORT + "3-1", secret, null, null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(body(refused).get("title").asString()).isEqualTo("Jeton sans droits");
    }

    @Test
    void badFieldsAreEachNamedAndNothingIsSaved() {
        String secret = token(dns, "ANS", TokenScope.DRAFTS);
        long indicator = campaign.indicator("3-1");
        String body = """
                {"status": "ON_TRACK", "narrative": "%s",
                 "measurements": [{"indicatorId": %d, "value": 10, "date": "2024-01-01"}, {"value": 3}]}""".formatted("x".repeat(5001), indicator);
        HttpResponse<String> refused = call("PUT", REPORT + "3-1", secret, "\"new\"", body);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(body(refused).get("errors").toString()).contains("/measurements/1/indicatorId");

        body = """
                {"status": "ON_TRACK", "narrative": "%s",
                 "measurements": [{"indicatorId": %d, "value": 10, "date": "2024-01-01", "confirmed": true}]}""".formatted("x".repeat(5001), indicator);
        refused = call("PUT", REPORT + "3-1", secret, "\"new\"", body);
        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode errors = body(refused).get("errors");
        assertThat(errors.toString()).contains("\"/narrative\"", "\"/measurements/0/date\"");
        assertThat(body(refused).get("detail").asString()).as(errors.toString()).startsWith("2 champs sont refusés");

        HttpResponse<String> unknownField =
                call("PUT", REPORT + "3-1", secret, "\"new\"", "{\"status\": \"ON_TRACK\", \"narative\": \"typo\"}");
        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(body(unknownField).get("errors").toString()).contains("/narative");
        HttpResponse<String> badStatus =
                call("PUT", REPORT + "3-1", secret, "\"new\"", "{\"status\": \"PRESQUE\", \"narrative\": \"x\"}");
        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(body(badStatus).get("errors").toString()).contains("/status");

        assertThat(call("GET", "/api/v1/campaigns/2024-S2/reports/3-1", secret, null, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(call("GET", REPORT + "99-9", secret, null, null).statusCode())
                .isEqualTo(404);
        assertThat(campaign.state("3-1")).isEqualTo(ReportState.TODO);
    }

    @Test
    void onlyASubmittingTokenSubmitsTheSavedDraft() {
        String drafts = token(dns, "ANS", TokenScope.DRAFTS);
        String submitting = token(users.editor("ANS"), "ANS", TokenScope.SUBMIT);
        long indicator = campaign.indicator("3-1");
        HttpResponse<String> saved = call("PUT", REPORT + "3-1", drafts, "\"new\"", draft("Prêt.", indicator, "10"));
        assertThat(saved.statusCode()).isEqualTo(200);

        assertThat(call("POST", REPORT + "3-1/submission", drafts, etag(saved), null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(campaign.state("3-1")).isEqualTo(ReportState.DRAFT);

        HttpResponse<String> submitted = call("POST", REPORT + "3-1/submission", submitting, etag(saved), null);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(body(submitted).get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(campaign.state("3-1")).isEqualTo(ReportState.SUBMITTED);

        // submitted: no longer the editor's to change
        HttpResponse<String> locked =
                call("PUT", REPORT + "3-1", submitting, etag(submitted), draft("Après.", indicator, "10"));
        assertThat(locked.statusCode()).isEqualTo(409);
    }

    @Test
    void aTokenIsThrottledPerMinute() {
        String secret = token(dns, "ANS", TokenScope.DRAFTS);
        for (int i = 0; i < 10; i++) {
            assertThat(call("GET", REPORT + "3-1", secret, null, null).statusCode())
                    .isEqualTo(200);
        }
        HttpResponse<String> throttled = call("GET", REPORT + "3-1", secret, null, null);
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 60L);
        // another token is not slowed down
        assertThat(call("GET", REPORT + "3-1", token(dns, "ANS", TokenScope.SUBMIT), null, null)
                        .statusCode())
                .isEqualTo(200);
    }
}
