package fr.gouv.sante.jalons.theme;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
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
 * The medico-social theme as its article states it: the objectives it names, with their published
 * status, and its four measures that match no objective; the objective list, the API and the CSV export
 * filter on it and name it; administrators change its objectives, audited.
 */
@JalonsTest
class ThemeTests {

    private static final List<String> MEDICO_SOCIAL = List.of("4-1", "10-1", "15-3", "16-2", "16-5");
    private static final String THEME_PAGE = "/themes/medico-social";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JsonMapper json;

    @Autowired
    ThemeEditing editing;

    CurrentUser admin;
    HttpTestClient http;
    ThemeAssignment original;

    @BeforeEach
    void setUp() {
        admin = new TestUsers(jdbc, passwords).admin();
        http = new HttpTestClient(port);
        original = editing.assignment(admin, "medico-social");
    }

    /** The theme gets back the objectives the article names. */
    @AfterEach
    void restore() {
        ThemeAssignment now = editing.assignment(admin, "medico-social");
        editing.assign(admin, "medico-social", original.objectiveIds(), now.version());
    }

    @Test
    void theThemePageListsItsObjectivesWithTheirPublishedStatusAndItsFourMeasures() {
        String page = http.page(THEME_PAGE);

        assertThat(page.split("<h1", -1)).hasSize(2);
        assertThat(page)
                .contains(
                        "Thème : Médico-social",
                        "Article « Santé et médico-social : une nouvelle feuille de route numérique » (publié le 25"
                                + " mai 2023)",
                        "5 objectifs de la feuille de route",
                        "Accompagnement au numérique en santé et inclusion numérique",
                        "Formation initiale des PS au numérique",
                        "Sensibilisation à la cyber et réalisation d'exercices",
                        "Accompagner les entreprises du numérique en santé",
                        "Observatoire de la maturité des acteurs et ENS",
                        "D’ici 2027, tous les établissements devront réaliser un exercice de crise cyber annuel ou"
                                + " bi-annuel.",
                        "4 mesures sans objectif correspondant",
                        "La prévention de la perte d’autonomie, dans le cadre de France 2030",
                        "bénéficiera d’un coup d’accélérateur dans le cadre de France 2030",
                        "post-programme ESMS Numérique",
                        "• et l’accompagnement aux usages sur les services socles.",
                        "Une plateforme de données ouvertes sur les métriques d’usage des services socles du numérique"
                                + " en santé sera également mise en place.",
                        "la France encouragera la création d’une plateforme permettant d’accéder à ces données.",
                        "/objectifs?theme=medico-social");
        for (String code : MEDICO_SOCIAL) {
            assertThat(page).contains("href=\"/objectifs/" + code + "\"");
        }
        assertThat(page).doesNotContain("href=\"/objectifs/1-1\"");
        // each objective shows its published status (2024-S2) as on the objective list
        String list = http.page("/objectifs?theme=medico-social");
        String row41 = page.substring(page.indexOf("href=\"/objectifs/4-1\""));
        assertThat(row41.substring(0, row41.indexOf("</tr>")))
                .contains("En bonne voie", "au bilan du 2e semestre 2024");
        assertThat(list).contains("En bonne voie");
        // the measures that match no objective have no status of their own
        String measures = page.substring(page.indexOf("4 mesures sans objectif correspondant"));
        assertThat(measures).doesNotContain("fr-badge");
        assertThat(http.page("/themes")).contains("Médico-social", "href=\"/themes/medico-social\"");
        assertThat(http.get("/themes/inconnu").statusCode()).isEqualTo(404);
    }

    @Test
    void theObjectiveListFiltersOnTheThemeAndSaysSo() {
        String list = http.page("/objectifs?theme=medico-social");
        assertThat(list)
                .contains(
                        "5 objectifs", "thème : Médico-social", "<option value=\"medico-social\" selected=\"selected\"")
                .contains("/opendata/objectives.csv?theme=medico-social", "/api/v1/objectives?theme=medico-social");
        assertThat(codesLinked(list)).containsExactlyElementsOf(MEDICO_SOCIAL);

        // combined with another filter, and an unknown theme is named and ignored
        assertThat(codesLinked(http.page("/objectifs?theme=medico-social&axe=4")))
                .containsExactly("15-3", "16-2", "16-5");
        String unknown = http.page("/objectifs?theme=inconnu");
        assertThat(unknown).contains("Le filtre « Thème » a reçu une valeur inconnue (« inconnu »)");
        assertThat(codesLinked(unknown)).hasSize(65);
    }

    @Test
    void theApiFiltersOnTheThemeAndAnUnknownThemeIsAProblem() {
        HttpResponse<String> api = http.get("/api/v1/objectives?theme=medico-social");
        assertThat(api.statusCode()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        json.readTree(api.body())
                .forEach(objective -> codes.add(objective.get("code").asString()));
        assertThat(codes).containsExactlyElementsOf(MEDICO_SOCIAL);

        HttpResponse<String> unknown = http.get("/api/v1/objectives?theme=inconnu");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/problem+json");
        JsonNode problem = json.readTree(unknown.body());
        assertThat(problem.get("title").asString()).isEqualTo("Thème introuvable");
        assertThat(json.readTree(http.get("/api/v1/objectives").body())).hasSize(65);
    }

    @Test
    void theCsvExportNamesEachObjectivesThemesAndFiltersOnOne() throws IOException {
        List<CSVRecord> all = csv("/opendata/objectives.csv");
        assertThat(all).hasSize(65);
        for (CSVRecord row : all) {
            assertThat(row.get("themes"))
                    .as(row.get("code"))
                    .isEqualTo(MEDICO_SOCIAL.contains(row.get("code")) ? "medico-social" : "");
        }
        assertThat(csv("/opendata/objectives.csv?theme=medico-social"))
                .extracting(row -> row.get("code"))
                .containsExactlyElementsOf(MEDICO_SOCIAL);
    }

    @Test
    void anAdministratorChangesTheThemesObjectivesAuditedAndEveryListFollows() throws IOException {
        long objective11 = jdbc.sql("select id from objective where code = '1-1'")
                .query(Long.class)
                .single();
        long objective41 = jdbc.sql("select id from objective where code = '4-1'")
                .query(Long.class)
                .single();
        // the lists are cached: read once so that a stale cache would show
        assertThat(csv("/opendata/objectives.csv?theme=medico-social")).hasSize(5);
        assertThat(csv("/opendata/objectives.csv")).hasSize(65);
        assertThat(http.page(THEME_PAGE)).contains("href=\"/objectifs/4-1\"").doesNotContain("href=\"/objectifs/1-1\"");
        long lastAuditId = jdbc.sql("select coalesce(max(id), 0) from audit_event")
                .query(Long.class)
                .single();
        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        String form = session.get("/admin/themes/medico-social").body();
        assertThat(form).contains("id=\"objectif-" + objective41 + "\"");

        List<String> fields = new ArrayList<>();
        for (Long id : original.objectiveIds()) {
            if (id != objective41) {
                fields.add("objectives");
                fields.add(String.valueOf(id));
            }
        }
        fields.addAll(
                List.of("objectives", String.valueOf(objective11), "version", String.valueOf(original.version())));
        HttpResponse<String> saved = session.post("/admin/themes/medico-social", true, fields.toArray(String[]::new));

        assertThat(saved.statusCode()).isEqualTo(302);
        List<String> expected = List.of("1-1", "10-1", "15-3", "16-2", "16-5");
        assertThat(codesLinked(http.page("/objectifs?theme=medico-social"))).containsExactlyElementsOf(expected);
        assertThat(csv("/opendata/objectives.csv?theme=medico-social"))
                .extracting(row -> row.get("code"))
                .containsExactlyElementsOf(expected);
        assertThat(csv("/opendata/objectives.csv").stream()
                        .filter(row -> row.get("code").equals("1-1"))
                        .findFirst()
                        .orElseThrow()
                        .get("themes"))
                .isEqualTo("medico-social");
        String page = http.page(THEME_PAGE);
        assertThat(page).contains("href=\"/objectifs/1-1\"", "Rattaché par la Délégation au numérique en santé.");
        assertThat(page).doesNotContain("href=\"/objectifs/4-1\"");
        assertThat(jdbc.sql("""
                        select count(*) from audit_event
                        where id > ? and entity_type = 'THEME' and entity_id = 'medico-social'
                          and action = 'OBJECTIVES_CHANGED' and actor_id = ? and before_state->'objectives' @> '["4-1"]'
                          and after_state->'objectives' @> '["1-1"]'
                          and not after_state->'objectives' @> '["4-1"]'""")
                        .params(lastAuditId, admin.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);

        assertThat(HtmlUtils.htmlUnescape(session.get("/admin/historique").body()))
                .contains("Objectifs d’un thème modifiés");

        // the sentence of the article is the document's: 4-1 added again shows it again
        ThemeAssignment changed = editing.assignment(admin, "medico-social");
        editing.assign(admin, "medico-social", original.objectiveIds(), changed.version());
        assertThat(http.page(THEME_PAGE))
                .contains("80% des établissements sanitaires et médico-sociaux devront avoir mis en place des actions"
                        + " de sensibilisation sur le sujet.")
                .doesNotContain("href=\"/objectifs/1-1\"");

        // the form opened before those changes is stale: nothing is written
        HttpResponse<String> stale = session.post("/admin/themes/medico-social", true, fields.toArray(String[]::new));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(codesLinked(http.page("/objectifs?theme=medico-social"))).containsExactlyElementsOf(MEDICO_SOCIAL);
    }

    @Test
    void anObjectiveThatDoesNotExistIsRefusedAndNothingIsSaved() {
        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        session.get("/admin/themes/medico-social");
        HttpResponse<String> refused = session.post(
                "/admin/themes/medico-social",
                Map.of("objectives", "999999", "version", String.valueOf(original.version())));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(refused.body()))
                .contains("id=\"objectives-error\"", "Un objectif coché n’existe pas dans la feuille de route");
        assertThat(editing.assignment(admin, "medico-social")).isEqualTo(original);
    }

    @Test
    void onlyAdministratorsChangeAThemesObjectives() {
        CurrentUser editor = new TestUsers(jdbc, passwords)
                .user("editeur.themes@test.jalons", fr.gouv.sante.jalons.account.Role.EDITOR, "CNSA");
        WebSession session = WebSession.signedIn(port, editor.email(), TestUsers.PASSWORD);
        assertThat(session.get("/admin/themes").statusCode()).isEqualTo(403);
        assertThat(session.get("/admin/themes/medico-social").statusCode()).isEqualTo(403);
        HttpResponse<String> posted =
                session.post("/admin/themes/medico-social", true, "version", String.valueOf(original.version()));
        assertThat(posted.statusCode()).isEqualTo(403);
        assertThat(editing.assignment(admin, "medico-social")).isEqualTo(original);
        assertThat(new WebSession(port).get("/admin/themes/medico-social").statusCode())
                .isEqualTo(302);
    }

    private List<CSVRecord> csv(String path) throws IOException {
        HttpResponse<String> csv = http.get(path);
        assertThat(csv.statusCode()).as(path).isEqualTo(200);
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.body()))
                .getRecords();
    }

    /** The objective codes a list page links to, in its order. */
    private static List<String> codesLinked(String page) {
        List<String> codes = new ArrayList<>();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("<a href=\"/objectifs/([0-9]+-[0-9]+)\"")
                .matcher(page);
        while (link.find()) {
            codes.add(link.group(1));
        }
        return codes;
    }
}
