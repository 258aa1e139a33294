package fr.gouv.sante.jalons.governance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.account.Role;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The governance bodies and their meetings: what the documents state, on the public page, in the open
 * data and the feed; administrators add and correct meetings, audited, and a refused form saves nothing.
 */
@JalonsTest
class GovernanceTests {

    private static final String COUNCIL_SENTENCE = "Le Conseil du Numérique en Santé s'est réuni le 27 juin dernier"
            + " pour un premier temps d'échange autour de Dominique Pon et de Laura Létourneau.";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JsonMapper json;

    CurrentUser admin;
    HttpTestClient http;
    long lastMeetingId;

    @BeforeEach
    void setUp() {
        admin = new TestUsers(jdbc, passwords).admin();
        http = new HttpTestClient(port);
        lastMeetingId = jdbc.sql("select coalesce(max(id), 0) from governance_meeting")
                .query(Long.class)
                .single();
    }

    /** The meetings a test recorded go; the seeded ones stay as the documents state them. */
    @AfterEach
    void removeRecordedMeetings() {
        jdbc.sql("delete from governance_meeting where id > ?")
                .param(lastMeetingId)
                .update();
    }

    @Test
    void thePublicPageShowsTheCouncilMeetingOf27June2019AsItsSourceStatesIt() {
        String page = http.page("/instances");

        assertThat(page.split("<h1", -1)).hasSize(2);
        assertThat(page)
                .contains(
                        "Conseil du numérique en santé",
                        "Réunion du 27 juin 2019",
                        "datetime=\"2019-06-27\"",
                        "« " + COUNCIL_SENTENCE + " »",
                        "Réunion du 20 février 2020",
                        "Réunion du 15 juin 2023",
                        "Date passée : aucune source enregistrée ne dit si cette réunion s’est tenue.",
                        "Lancement de la feuille de route du numérique en santé 2023-2027 (17 mai 2023)",
                        "Groupe de travail « Formation »",
                        "Groupe de travail « Fracture numérique »",
                        "Groupe de travail « Évaluation »",
                        "Groupe de travail « Développement économique en France et à l’international des entreprises"
                                + " françaises »",
                        "Réunion de revue de la Charte des entreprises du numérique en santé",
                        "Aucune réunion datée n’est connue pour cette instance.",
                        "/instances/flux.atom");
        // newest first within the council
        assertThat(page.indexOf("Réunion du 15 juin 2023"))
                .isLessThan(page.indexOf("Réunion du 20 février 2020"))
                .isLessThan(page.indexOf("Réunion du 27 juin 2019"));
        // nothing the documents do not state: no place, agenda or bilan for the council's meetings
        assertThat(page).doesNotContain("Lieu</dt>", "Ordre du jour</dt>", "Bilan présenté</dt>");
    }

    @Test
    void theApiAndTheCsvListTheMeetingsNewestFirst() throws IOException {
        HttpResponse<String> api = http.get("/api/v1/meetings");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        JsonNode meetings = json.readTree(api.body());
        JsonNode council = find(meetings, "2019-06-27");
        assertThat(council.get("body").asString()).isEqualTo("conseil-du-numerique-en-sante");
        assertThat(council.get("bodyName").asString()).isEqualTo("Conseil du numérique en santé");
        assertThat(council.get("datePrecision").asString()).isEqualTo("DAY");
        assertThat(council.get("status").asString()).isEqualTo("HELD");
        assertThat(council.get("sourceExcerpt").asString()).isEqualTo(COUNCIL_SENTENCE);
        assertThat(council.get("place").isNull()).isTrue();
        assertThat(find(meetings, "2020-02-20").get("status").asString()).isEqualTo("ANNOUNCED");
        List<String> dates = new ArrayList<>();
        meetings.forEach(meeting -> dates.add(meeting.get("date").asString()));
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        HttpResponse<String> csv = http.get("/opendata/meetings.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .isEqualToIgnoringCase("text/csv;charset=UTF-8");
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.body()))
                .getRecords();
        assertThat(rows).hasSize(meetings.size());
        CSVRecord row = rows.stream()
                .filter(r -> r.get("date").equals("2019-06-27"))
                .findFirst()
                .orElseThrow();
        assertThat(row.get("body_name")).isEqualTo("Conseil du numérique en santé");
        assertThat(row.get("status")).isEqualTo("HELD");
        assertThat(row.get("date_precision")).isEqualTo("DAY");
        assertThat(row.get("source_excerpt")).isEqualTo(COUNCIL_SENTENCE);
        assertThat(row.get("place")).isEmpty();
    }

    @Test
    void anAdministratorAddsAMeetingThatAppearsPubliclyInTheOpenDataAndInTheFeedAudited() {
        // the public page and the feed are cached: read once so that a stale copy would show
        assertThat(http.page("/instances")).doesNotContain("Salle du conseil, ministère");
        assertThat(http.get("/instances/flux.atom").body()).doesNotContain("Salle du conseil, ministère");
        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        assertThat(session.get("/admin/instances/nouvelle").statusCode()).isEqualTo(200);

        HttpResponse<String> saved = session.post("/admin/instances/nouvelle", meeting("2024-12", "HELD"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location")).get().asString().endsWith("/admin/instances");
        assertThat(HtmlUtils.htmlUnescape(session.get("/admin/instances").body()))
                .contains("La réunion est enregistrée et publiée.", "décembre 2024");
        long id = jdbc.sql("select id from governance_meeting where id > ?")
                .param(lastMeetingId)
                .query(Long.class)
                .single();

        String page = http.page("/instances");
        assertThat(page)
                .contains(
                        "id=\"reunion-" + id + "\"",
                        "Réunion en décembre 2024",
                        "Salle du conseil, ministère",
                        "Présentation du bilan.",
                        "Bilan du 2e semestre 2024",
                        "/bilans/2024-S2",
                        "Compte rendu de séance (essai)");
        String api = http.get("/api/v1/meetings").body();
        assertThat(api).contains("\"date\":\"2024-12\"", "\"datePrecision\":\"MONTH\"", "\"bilanPeriod\":\"2024-S2\"");
        assertThat(http.get("/opendata/meetings.csv").body()).contains("Salle du conseil, ministère");
        String feed = http.get("/instances/flux.atom").body();
        assertThat(feed)
                .contains(
                        "<id>urn:jalons:reunion:" + id + "</id>",
                        "Conseil du numérique en santé, décembre 2024 (tenue)",
                        "/instances#reunion-" + id);

        assertThat(jdbc.sql("""
                        select after_state::text from audit_event
                        where entity_type = 'MEETING' and entity_id = ? and action = 'CREATED' and actor_id = ?""")
                        .params(String.valueOf(id), admin.id())
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .contains("\"date\": \"2024-12\"", "\"bilanPeriod\": \"2024-S2\"");

        assertThat(HtmlUtils.htmlUnescape(session.get("/admin/historique").body()))
                .contains("Réunion d’instance ajoutée", "Salle du conseil, ministère");

        // corrected: the audit keeps both sides, the page shows the new place
        HttpResponse<String> form = session.get("/admin/instances/" + id);
        assertThat(HtmlUtils.htmlUnescape(form.body())).contains("value=\"Salle du conseil, ministère\"");
        Map<String, String> changed = meeting("2024-12", "HELD");
        changed.put("place", "Salle Laroque");
        changed.put("version", "0");
        assertThat(session.post("/admin/instances/" + id, changed).statusCode()).isEqualTo(302);
        assertThat(http.page("/instances")).contains("Salle Laroque").doesNotContain("Salle du conseil, ministère");
        assertThat(jdbc.sql("""
                        select count(*) from audit_event
                        where entity_type = 'MEETING' and entity_id = ? and action = 'CHANGED'
                          and before_state->>'place' = 'Salle du conseil, ministère'
                          and after_state->>'place' = 'Salle Laroque'""").param(String.valueOf(id)).query(Long.class).single())
                .isEqualTo(1L);

        // a second save from the same, now stale, form writes nothing and says so
        changed.put("place", "Ailleurs");
        HttpResponse<String> stale = session.post("/admin/instances/" + id, changed);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(HtmlUtils.htmlUnescape(stale.body())).contains("Salle Laroque", "Ailleurs");
        assertThat(http.page("/instances")).contains("Salle Laroque").doesNotContain("Ailleurs");
    }

    @Test
    void aBadDateIsRefusedNextToItsFieldWithWhatWasTypedAndNothingIsSaved() {
        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        session.get("/admin/instances/nouvelle");
        long audits = audits();

        HttpResponse<String> refused = session.post("/admin/instances/nouvelle", meeting("2025-02-30", "ANNOUNCED"));

        assertThat(refused.statusCode()).isEqualTo(200);
        String body = HtmlUtils.htmlUnescape(refused.body());
        assertThat(body)
                .contains(
                        "id=\"date-error\"",
                        "La date n’est pas valide",
                        "href=\"#date\"",
                        "value=\"2025-02-30\"",
                        "value=\"Salle du conseil, ministère\"",
                        "Présentation du bilan.");
        assertThat(body.indexOf("id=\"date-error\"")).isGreaterThan(body.indexOf("id=\"date\""));
        assertThat(newMeetings()).isZero();
        assertThat(audits()).isEqualTo(audits);

        // a meeting held after today (15 January 2025 for the tests) is refused too
        HttpResponse<String> future = session.post("/admin/instances/nouvelle", meeting("2025-03-12", "HELD"));
        assertThat(HtmlUtils.htmlUnescape(future.body()))
                .contains("Une réunion tenue ne peut pas être datée après aujourd’hui");
        assertThat(newMeetings()).isZero();
    }

    @Test
    void hostileInputIsRefusedFieldByFieldNeverWithA500AndNothingIsSaved() {
        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        session.get("/admin/instances/nouvelle");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("body", "instance-inconnue");
        fields.put("title", "titre\u0000nul");
        fields.put("date", "2025-13-45");
        fields.put("dateNote", "note");
        fields.put("status", "PEUT-ETRE");
        fields.put("place", "deux\nlignes");
        fields.put("agenda", "x".repeat(5001));
        fields.put("minutesUrl", "javascript:alert(1)");
        fields.put("minutesText", "\uFFFF");
        fields.put("bilanPeriod", "2031-S1");
        fields.put("decisions", "");
        fields.put("sourceDocument", "");
        fields.put("sourceExcerpt", "Une phrase sans document.");

        HttpResponse<String> refused = session.post("/admin/instances/nouvelle", fields);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains(
                        "id=\"body-error\"",
                        "id=\"title-error\"",
                        "id=\"date-error\"",
                        "id=\"status-error\"",
                        "id=\"place-error\"",
                        "id=\"agenda-error\"",
                        "id=\"minutesUrl-error\"",
                        "id=\"minutesText-error\"",
                        "id=\"bilanPeriod-error\"",
                        "id=\"sourceDocument-error\"")
                .doesNotContain("id=\"dateNote-error\"", "id=\"decisions-error\"", "id=\"sourceExcerpt-error\"");
        assertThat(newMeetings()).isZero();
        assertThat(session.get("/admin/instances/abc").statusCode()).isEqualTo(400);
        assertThat(session.get("/admin/instances/999999").statusCode()).isEqualTo(404);
    }

    @Test
    void onlyAdministratorsReachTheMeetingsAdministration() {
        CurrentUser editor = new TestUsers(jdbc, passwords).user("editeur.gouvernance@test.jalons", Role.EDITOR, "ANS");
        WebSession session = WebSession.signedIn(port, editor.email(), TestUsers.PASSWORD);
        assertThat(session.get("/admin/instances").statusCode()).isEqualTo(403);
        assertThat(session.get("/admin/instances/nouvelle").statusCode()).isEqualTo(403);
        HttpResponse<String> posted = session.post("/admin/instances/nouvelle", meeting("2024-12", "HELD"));
        assertThat(posted.statusCode()).isEqualTo(403);
        assertThat(newMeetings()).isZero();
        assertThat(new WebSession(port).get("/admin/instances").statusCode()).isEqualTo(302);
    }

    private Map<String, String> meeting(String date, String status) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("body", "conseil-du-numerique-en-sante");
        fields.put("title", "");
        fields.put("date", date);
        fields.put("dateNote", "");
        fields.put("status", status);
        fields.put("place", "Salle du conseil, ministère");
        fields.put("agenda", "Présentation du bilan.");
        fields.put("minutesUrl", "");
        fields.put("minutesText", "Compte rendu de séance (essai)");
        fields.put("bilanPeriod", "2024-S2");
        fields.put("decisions", "");
        fields.put("sourceDocument", "");
        fields.put("sourceExcerpt", "");
        return fields;
    }

    private long newMeetings() {
        return jdbc.sql("select count(*) from governance_meeting where id > ?")
                .param(lastMeetingId)
                .query(Long.class)
                .single();
    }

    private long audits() {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'MEETING'")
                .query(Long.class)
                .single();
    }

    private static JsonNode find(JsonNode meetings, String date) {
        for (JsonNode meeting : meetings) {
            if (meeting.get("date").asString().equals(date)) {
                return meeting;
            }
        }
        throw new AssertionError("no meeting on " + date + " in " + meetings);
    }
}
