package fr.gouv.sante.jalons.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.followup.CampaignOverviews;
import fr.gouv.sante.jalons.followup.ClosedPeriod;
import fr.gouv.sante.jalons.followup.PublicationSummary;
import fr.gouv.sante.jalons.publication.PeriodPublished;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The publication rules: after any publication, each objective shows its latest published status
 * with its period, and those not updated in the latest period are marked so, the same way on the
 * pages, in the API and in the CSV; publishing needs something validated and a confirmation; late
 * reports go out in supplementary publications until the next campaign closes the period, after
 * which what was not published stays private for good.
 */
@JalonsTest
@RecordApplicationEvents
class PublicationRulesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReporting reporting;

    @Autowired
    ProgressReview review;

    @Autowired
    CampaignOverviews overviews;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationEvents events;

    HttpTestClient http;
    CurrentUser admin;
    CurrentUser ans;
    CurrentUser cnam;
    CurrentUser dgos;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        admin = users.admin();
        ans = users.editor("ANS");
        cnam = users.editor("CNAM");
        dgos = users.editor("DGOS");
        campaign.open();
    }

    // --- what the public sees ----------------------------------------------------------------------

    @Test
    void aPartialPublicationKeepsTheEarlierStatusesOfTheObjectivesNotUpdatedAndMarksThem() {
        submit(ans, "3-1", ProgressStatus.ON_TRACK, "42 applications référencées.");
        validate("3-1");
        publish();

        String home = http.get("/").body();
        assertThat(home)
                .doesNotContain("Non publié")
                .contains("64 objectifs n’ont pas été mis à jour au bilan du 1er semestre 2025.");

        String sevenThree = http.get("/objectifs/7-3").body();
        assertThat(sevenThree)
                .doesNotContain("Non publié")
                .contains("Non mis à jour au bilan du 1er semestre 2025", "au bilan du 2e semestre 2024")
                // the 2024-S2 statuses were reconstructed from the report's text: the badge says so
                .contains(">À surveiller (reconstitué)<");
        String threeOne = http.get("/objectifs/3-1").body();
        assertThat(threeOne)
                .contains("42 applications référencées.", "au bilan du 1er semestre 2025")
                .doesNotContain("Non mis à jour au bilan");

        // the status filters still find the objectives not updated, at their earlier status
        assertThat(listedCodes("/objectifs?statut=a-surveiller")).contains("7-3");
        assertThat(listedCodes("/objectifs?maj=non"))
                .hasSize(64)
                .contains("7-3")
                .doesNotContain("3-1");
        assertThat(listedCodes("/objectifs?maj=oui")).containsExactly("3-1");
        assertThat(http.get("/objectifs?maj=peut-etre").body()).contains("Mise à jour au dernier bilan");

        String cnamPage = http.get("/organisations/cnam").body();
        // the CNAM co-owns 3-1, and leads 7-3 with the DGOS
        assertThat(cnamPage)
                .containsPattern("1 de ses \\d+ objectifs a été mis à jour au bilan du 1er semestre 2025.")
                .contains(">7-3<", "Non mis à jour</span>");
        assertThat(http.get("/organisations/dgos").body())
                .containsPattern("Aucun de ses \\d+ objectifs n’a été mis à jour au bilan du 1er semestre 2025.");
        assertThat(http.get("/organisations/ans").body())
                .containsPattern("1 de ses \\d+ objectifs a été mis à jour au bilan du 1er semestre 2025.");

        JsonNode list = api("/api/v1/objectives");
        JsonNode seven = find(list, "7-3");
        assertThat(seven.get("status").asString()).isEqualTo("AT_RISK");
        assertThat(seven.get("statusPeriod").asString()).isEqualTo("2024-S2");
        assertThat(seven.get("updatedInLatestPeriod").asBoolean()).isFalse();
        assertThat(seven.get("latestPeriod").asString()).isEqualTo("2025-S1");
        JsonNode three = find(list, "3-1");
        assertThat(three.get("statusPeriod").asString()).isEqualTo("2025-S1");
        assertThat(three.get("updatedInLatestPeriod").asBoolean()).isTrue();
        assertThat(api("/api/v1/objectives/7-3").get("updatedInLatestPeriod").asBoolean())
                .isFalse();
        JsonNode organisations = api("/api/v1/organisations");
        for (JsonNode organisation : organisations) {
            if (organisation.get("acronym").asString().equals("ANS")) {
                assertThat(organisation.get("updatedInLatestPeriod").toString()).isEqualTo("[\"3-1\"]");
            }
        }
    }

    @Test
    void pagesApiAndCsvAgreeOnEveryObjectiveAfterAPartialPublication() throws IOException {
        submit(ans, "3-1", ProgressStatus.ACHIEVED, "Cible atteinte.");
        submit(cnam, "1-1", ProgressStatus.AT_RISK, "Baisse des envois.");
        validate("3-1");
        validate("1-1");
        publish();

        Map<String, String> fromApi = new HashMap<>();
        for (JsonNode objective : api("/api/v1/objectives")) {
            fromApi.put(
                    objective.get("code").asString(),
                    objective.get("status").asString() + "|"
                            + objective.get("statusPeriod").asString() + "|"
                            + objective.get("updatedInLatestPeriod").asBoolean());
        }
        Map<String, String> fromCsv = new HashMap<>();
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(http.get("/opendata/objectives.csv").body()))
                .getRecords();
        for (CSVRecord row : rows) {
            fromCsv.put(
                    row.get("code"),
                    row.get("status") + "|" + row.get("status_period") + "|" + row.get("updated_in_latest_period"));
            assertThat(row.get("latest_period")).isEqualTo("2025-S1");
        }
        assertThat(fromCsv).hasSize(65).isEqualTo(fromApi);

        // the list page: the same status, period and mark on every row
        Map<String, String> labels = Map.of(
                "ACHIEVED",
                "Atteint",
                "ON_TRACK",
                "En bonne voie",
                "AT_RISK",
                "À surveiller",
                "LATE",
                "En retard",
                "NOT_STARTED",
                "Non démarré");
        Map<String, String> periods =
                Map.of("2024-S2", "au bilan du 2e semestre 2024", "2025-S1", "au bilan du 1er semestre 2025");
        Map<String, String> rowsOfPage = tableRows(http.get("/objectifs").body());
        assertThat(rowsOfPage).hasSize(65);
        fromApi.forEach((code, value) -> {
            String[] parts = value.split("\\|", -1);
            String row = rowsOfPage.get(code);
            String badge = "2024-S2".equals(parts[1]) ? labels.get(parts[0]) + " (reconstitué)" : labels.get(parts[0]);
            assertThat(row).as(code).contains(">" + badge + "<", periods.get(parts[1]));
            assertThat(row.contains("Non mis à jour"))
                    .as("%s marked not updated", code)
                    .isEqualTo(!Boolean.parseBoolean(parts[2]));
        });
        assertThat(fromApi.values().stream().filter(v -> v.endsWith("false")).count())
                .isEqualTo(63);
        assertThat(http.get("/").body())
                .contains("63 objectifs n’ont pas été mis à jour au bilan du 1er semestre 2025.");
    }

    @Test
    void draftsAndUnvalidatedReportsAreNeverPublicEvenAfterTheirPeriodIsPublishedAndClosed() {
        submit(ans, "3-1", ProgressStatus.ON_TRACK, "Publié.");
        validate("3-1");
        campaign.draft(dgos, "7-3", ProgressStatus.ACHIEVED, "Brouillon de la DGOS jamais soumis.");
        submit(cnam, "1-1", ProgressStatus.LATE, "Soumis jamais validé.");
        publish();
        campaign.open("2025-S2", LocalDate.of(2025, 12, 15));

        assertThat(state("2025-S1")).isEqualTo("CLOSED");
        assertThat(state("2025-S2")).isEqualTo("OPEN");
        for (String path : List.of(
                "/",
                "/objectifs/7-3",
                "/objectifs/1-1",
                "/objectifs?q=jamais",
                "/api/v1/objectives/7-3",
                "/api/v1/objectives/1-1",
                "/opendata/objectives.csv",
                "/organisations/dgos")) {
            assertThat(http.get(path).body()).as(path).doesNotContain("jamais soumis", "jamais validé");
        }
        assertThat(api("/api/v1/objectives/7-3").get("statusPeriod").asString()).isEqualTo("2024-S2");
        // kept, and shown to administrators
        assertThat(overviews.closedPeriods(admin)).singleElement().satisfies(closed -> {
            assertThat(closed.code()).isEqualTo("2025-S1");
            assertThat(closed.keptReports())
                    .extracting(ClosedPeriod.KeptReport::objectiveCode, ClosedPeriod.KeptReport::state)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("1-1", ReportState.SUBMITTED),
                            org.assertj.core.groups.Tuple.tuple("7-3", ReportState.DRAFT));
        });
        assertThat(WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD)
                        .get("/admin/campagne/publication")
                        .body())
                .contains("Périodes clôturées", "7-3 — ", "1-1 — ");
        // the late organisations now work on the new period: the old one takes nothing more
        assertThat(reporting.editor(dgos, ObjectiveCode.parse("7-3")).period().code())
                .isEqualTo("2025-S2");
        assertThat(reporting.editor(dgos, ObjectiveCode.parse("7-3")).version()).isNull();
    }

    // --- publishing is a deliberate act ------------------------------------------------------------

    @Test
    void publishingWithNothingValidatedIsRefusedAndChangesNothing() {
        submit(ans, "3-1", ProgressStatus.ON_TRACK, "Soumis, pas validé.");
        String before = http.get("/").body();

        assertThatThrownBy(() -> review.publish(admin, periodVersion()))
                .isInstanceOfSatisfying(
                        InputRefused.class, e -> assertThat(e.errors()).containsValue("campaign.publish.nothing"));
        assertThat(state("2025-S1")).isEqualTo("OPEN");
        assertThat(campaign.publications()).isZero();
        assertThat(events.stream(PeriodPublished.class)).isEmpty();

        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        String summary = session.get("/admin/publication").body();
        assertThat(summary)
                .contains("Rien à publier", "Soumis, non validés")
                .doesNotContain("Confirmer la publication");
        HttpResponse<String> refused = session.post(
                "/admin/publication", true, "periodVersion", String.valueOf(periodVersion()), "expected", "0");
        assertThat(refused.headers().firstValue("Location")).get().asString().endsWith("/admin/publication");
        assertThat(session.get("/admin/publication").body())
                .contains("Aucun point d’avancement n’est validé : il n’y a rien à publier.");
        assertThat(http.get("/").body()).isEqualTo(before);
        assertThat(state("2025-S1")).isEqualTo("OPEN");
    }

    @Test
    void theSummarySaysWhatBecomesPublicAndWhatStaysOutByOrganisationAndTheConfirmationIsChecked() {
        submit(ans, "3-1", ProgressStatus.ON_TRACK, "Validé.");
        validate("3-1");
        submit(cnam, "1-1", ProgressStatus.AT_RISK, "Soumis.");
        campaign.draft(dgos, "7-3", ProgressStatus.ACHIEVED, "Brouillon.");

        PublicationSummary summary = overviews.publicationSummary(admin);
        assertThat(summary.publicationNumber()).isEqualTo(1);
        assertThat(summary.toPublish()).containsExactly("3-1");
        PublicationSummary.OrganisationLeftOut cnamRow = summary.organisations().stream()
                .filter(o -> o.acronym().equals("CNAM"))
                .findFirst()
                .orElseThrow();
        assertThat(cnamRow.submitted()).containsExactly("1-1");
        assertThat(cnamRow.toPublish()).contains("3-1");
        assertThat(cnamRow.nothing()).doesNotContain("1-1", "3-1", "7-3");
        assertThat(cnamRow.published().size()
                        + cnamRow.toPublish().size()
                        + cnamRow.submitted().size()
                        + cnamRow.drafts().size()
                        + cnamRow.nothing().size())
                .isEqualTo(cnamRow.objectives());
        PublicationSummary.OrganisationLeftOut dgosRow = summary.organisations().stream()
                .filter(o -> o.acronym().equals("DGOS"))
                .findFirst()
                .orElseThrow();
        assertThat(dgosRow.drafts()).containsExactly("7-3");

        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        assertThat(session.get("/admin/publication").body())
                .contains(
                        "Publier le bilan du 1er semestre 2025",
                        "Cette publication rend public 1 point d’avancement validé",
                        "Confirmer la publication du point d’avancement",
                        "(1-1)",
                        "(7-3)");
        // a summary that no longer matches (another report validated meanwhile) is not confirmed blindly
        HttpResponse<String> changed = session.post(
                "/admin/publication", true, "periodVersion", String.valueOf(summary.periodVersion()), "expected", "2");
        assertThat(changed.headers().firstValue("Location")).get().asString().endsWith("/admin/publication");
        assertThat(state("2025-S1")).isEqualTo("OPEN");

        session.get("/admin/publication");
        HttpResponse<String> confirmed = session.post(
                "/admin/publication", true, "periodVersion", String.valueOf(summary.periodVersion()), "expected", "1");
        assertThat(confirmed.headers().firstValue("Location")).get().asString().endsWith("/admin");
        assertThat(session.get("/admin").body())
                .contains("Publication faite : 1 point d’avancement est désormais public.");
        // the same confirmation sent twice publishes nothing more
        session.get("/admin/publication");
        session.post(
                "/admin/publication", true, "periodVersion", String.valueOf(summary.periodVersion()), "expected", "1");
        assertThat(campaign.publications()).isEqualTo(1);
        // only administrators see the summary
        assertThat(WebSession.signedIn(port, ans.email(), TestUsers.PASSWORD)
                        .get("/admin/publication")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void lateReportsArePublishedInASupplementaryPublicationUntilTheNextCampaignOpens() {
        submit(ans, "3-1", ProgressStatus.ON_TRACK, "À l’heure.");
        validate("3-1");
        publish();
        assertThat(api("/api/v1/objectives/1-1").get("statusPeriod").asString()).isEqualTo("2024-S2");
        String homeAfterFirst = http.get("/").body();
        assertThat(homeAfterFirst).contains("64 objectifs n’ont pas été mis à jour");

        // the period is published and still takes late reports: the CNAM submits 1-1 late
        assertThat(state("2025-S1")).isEqualTo("PUBLISHED");
        assertThat(reporting.workspace(cnam).period().code()).isEqualTo("2025-S1");
        submit(cnam, "1-1", ProgressStatus.AT_RISK, "Bilan en retard de la CNAM.");
        assertThatThrownBy(() -> review.openPeriod(admin, "2024-S2", LocalDate.of(2025, 12, 15)))
                .isInstanceOfSatisfying(
                        InputRefused.class, e -> assertThat(e.errors()).containsValue("campaign.period.exists"));
        validate("1-1");
        PublicationSummary summary = overviews.publicationSummary(admin);
        assertThat(summary.publicationNumber()).isEqualTo(2);
        assertThat(summary.alreadyPublished()).containsExactly("3-1");
        assertThat(review.publish(admin, summary.periodVersion(), 1)).isEqualTo(1);

        // the caches were evicted by the supplementary publication too
        assertThat(http.get("/").body()).contains("63 objectifs n’ont pas été mis à jour");
        assertThat(http.get("/objectifs/1-1").body())
                .contains("Bilan en retard de la CNAM.")
                .doesNotContain("Non mis à jour au bilan");
        assertThat(api("/api/v1/objectives/1-1").get("statusPeriod").asString()).isEqualTo("2025-S1");
        assertThat(jdbc.sql("""
                select string_agg(b.number || ':' || b.report_count, ',' order by b.number) from publication b
                join reporting_period p on p.id = b.period_id where p.code = '2025-S1'""").query(String.class).single()).isEqualTo("1:1,2:1");
        assertThat(events.stream(PeriodPublished.class))
                .extracting(PeriodPublished::period, PeriodPublished::publication, PeriodPublished::reports)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2025-S1", 1, 1),
                        org.assertj.core.groups.Tuple.tuple("2025-S1", 2, 1));
        // the first publication's date stays the period's
        assertThat(http.get("/").body())
                .contains("Dernier bilan publié : 1er semestre 2025, publié le 15 janvier 2025.");

        // opening the next campaign closes the period: a late report can no longer be written
        campaign.open("2025-S2", LocalDate.of(2025, 12, 15));
        assertThat(state("2025-S1")).isEqualTo("CLOSED");
        assertThat(reporting.workspace(dgos).period().code()).isEqualTo("2025-S2");
    }

    @Test
    void aCampaignCannotOpenBeforeTheCurrentOneIsPublishedNorBeforeTheLatestPeriod() {
        assertThatThrownBy(() -> review.openPeriod(admin, "2025-S2", LocalDate.of(2025, 12, 15)))
                .isInstanceOfSatisfying(
                        InputRefused.class, e -> assertThat(e.errors()).containsValue("campaign.period.already-open"));
        submit(ans, "3-1", ProgressStatus.ON_TRACK, "Publié.");
        validate("3-1");
        publish();
        assertThatThrownBy(() -> review.openPeriod(admin, "2024-S1", LocalDate.of(2025, 12, 15)))
                .isInstanceOfSatisfying(
                        InputRefused.class,
                        e -> assertThat(e.errors()).containsValue("campaign.period.expected|2025-S2"));
        assertThat(state("2025-S1")).isEqualTo("PUBLISHED");
    }

    @Test
    void twoAdministratorsConfirmingAtOnceMakeOnePublication() throws Exception {
        submit(ans, "3-1", ProgressStatus.ON_TRACK, "Validé.");
        validate("3-1");
        long version = periodVersion();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return "published " + review.publish(admin, version, 1);
                    } catch (InputRefused e) {
                        return String.join(",", e.errors().values());
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new java.util.ArrayList<>();
            for (var result : results) {
                outcomes.add(result.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(outcomes).containsExactlyInAnyOrder("published 1", "campaign.publish.stale");
        } finally {
            pool.shutdownNow();
        }
        assertThat(
                        count(
                                "select count(*) from publication p join reporting_period r on r.id = p.period_id where r.code = '2025-S1'"))
                .isEqualTo(1);
        assertThat(count("""
                select count(*) from published_revision v join progress_report r on r.id = v.report_id
                join reporting_period p on p.id = r.period_id where p.code = '2025-S1'""")).isEqualTo(1);
    }

    @Test
    void aHandMadeConfirmationIsA400NeverA500() {
        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        session.get("/admin/publication");
        for (String[] fields : List.of(
                new String[] {"periodVersion", "abc"},
                new String[] {"expected", "1"},
                new String[] {"periodVersion", "0", "expected", "x\n"},
                new String[] {"periodVersion", "99999999999999999999999"})) {
            assertThat(session.post("/admin/publication", true, fields).statusCode())
                    .as(String.join("=", fields))
                    .isEqualTo(400);
        }
        assertThat(state("2025-S1")).isEqualTo("OPEN");
    }

    // --- small faults of the public side -----------------------------------------------------------

    @Test
    void textsReachTheOpenDataWithPlainLineBreaksAndMeasurementsNameTheOrganisationNotThePerson() {
        campaign.submitted(
                ans,
                "3-1",
                ProgressStatus.ON_TRACK,
                "Première ligne.\r\nDeuxième ligne.\rTroisième.\r\n",
                campaign.measurement("3-1", "42", LocalDate.of(2025, 5, 1)));
        validate("3-1");
        publish();

        JsonNode objective = api("/api/v1/objectives/3-1");
        assertThat(objective.get("reports").get(0).get("text").asString())
                .isEqualTo("Première ligne.\nDeuxième ligne.\nTroisième.");
        assertThat(count("select count(*) from progress_report where narrative like '%' || chr(13) || '%'"))
                .isZero();
        assertThat(count("select count(*) from published_revision where narrative like '%' || chr(13) || '%'"))
                .isZero();
        List<String> sources = objective
                .get("indicators")
                .get(0)
                .get("measurements")
                .valueStream()
                .filter(m -> m.get("date").asString().equals("2025-05-01"))
                .map(m -> m.get("source").asString())
                .toList();
        assertThat(sources).containsExactly("Saisi avec le bilan 2025-S1 par ANS");
        assertThat(objective.toString()).doesNotContain(ans.displayName());
        String page = http.get("/objectifs/3-1").body();
        assertThat(page).doesNotContain(ans.displayName()).contains("1er mai 2025");
        assertThat(http.get("/donnees-personnelles").body())
                .contains("Les contributeurs", "jamais le nom ni l’adresse de la personne");
    }

    // --- steps -------------------------------------------------------------------------------------

    private void submit(CurrentUser editor, String code, ProgressStatus status, String narrative) {
        campaign.submitted(editor, code, status, narrative);
    }

    private void validate(String code) {
        campaign.validated(code);
    }

    private void publish() {
        campaign.published();
    }

    private long periodVersion() {
        return campaign.periodVersion();
    }

    private String state(String period) {
        return campaign.periodState(period);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private JsonNode api(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static JsonNode find(JsonNode list, String code) {
        for (JsonNode objective : list) {
            if (objective.get("code").asString().equals(code)) {
                return objective;
            }
        }
        throw new AssertionError("no objective " + code);
    }

    private static final Pattern ROW = Pattern.compile("<tr>\\s*<td>([0-9]+-[0-9]+)</td>(.*?)</tr>", Pattern.DOTALL);

    /** The objective table's rows of a page, by objective code. */
    private static Map<String, String> tableRows(String html) {
        Map<String, String> rows = new HashMap<>();
        Matcher matcher = ROW.matcher(html);
        while (matcher.find()) {
            rows.put(matcher.group(1), matcher.group(2));
        }
        return rows;
    }

    private List<String> listedCodes(String path) {
        return List.copyOf(tableRows(http.get(path).body()).keySet());
    }
}
