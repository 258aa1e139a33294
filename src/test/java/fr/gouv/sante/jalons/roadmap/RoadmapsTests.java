package fr.gouv.sante.jalons.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.support.ArchivedObjectives;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Several roadmaps: the current one at today's addresses, the archived #MaSanté2022 under its slug,
 * each with the facts its documents give, and the links between an objective and the item of an
 * earlier roadmap it continues.
 */
@JalonsTest
class RoadmapsTests {

    static final String MASANTE = "/feuilles-de-route/" + ArchivedObjectives.SLUG;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    TestUsers users;

    HttpTestClient http;
    ArchivedObjectives archived;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        archived = new ArchivedObjectives(jdbc);
    }

    private JsonNode api(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    private String location(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(301);
        return response.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void theApiListsTheCurrentRoadmapAndTheArchivedOne() {
        JsonNode roadmaps = api("/api/v1/roadmaps");
        assertThat(roadmaps.size()).isEqualTo(2);

        JsonNode current = roadmaps.get(0);
        assertThat(current.get("slug").asString()).isEqualTo("2023-2027");
        assertThat(current.get("title").asString()).isEqualTo("Feuille de route du numérique en santé 2023-2027");
        assertThat(current.get("state").asString()).isEqualTo("current");
        assertThat(current.get("period").get("start").asInt()).isEqualTo(2023);
        assertThat(current.get("period").get("end").asInt()).isEqualTo(2027);
        // a document states 2023-2027 whole: no note
        assertThat(current.get("period").get("note").isNull()).isTrue();
        assertThat(current.get("objectives").asInt()).isEqualTo(65);
        assertThat(current.get("links").get("objectives").asString()).isEqualTo("/api/v1/objectives");
        assertThat(current.get("links").get("page").asString()).isEqualTo("/");

        JsonNode masante = roadmaps.get(1);
        assertThat(masante.get("slug").asString()).isEqualTo("masante-2022");
        assertThat(masante.get("title").asString()).isEqualTo("Feuille de route du numérique en santé #MaSanté2022");
        assertThat(masante.get("state").asString()).isEqualTo("archived");
        assertThat(masante.get("period").get("start").asInt()).isEqualTo(2019);
        assertThat(masante.get("period").get("end").asInt()).isEqualTo(2022);
        // no document gives its first year: the period says how it was established
        assertThat(masante.get("period").get("note").asString())
                .startsWith("Aucun document ne donne son année de début");
        assertThat(masante.get("objectives").asInt()).isZero();
        assertThat(masante.get("links").get("page").asString()).isEqualTo(MASANTE);
        assertThat(masante.get("links").get("objectives").asString())
                .isEqualTo("/api/v1/roadmaps/masante-2022/objectives");
        assertThat(api("/api/v1/roadmaps/masante-2022/objectives").size()).isZero();
    }

    @Test
    void theCurrentRoadmapsAddressesMovePermanentlyToTodaysPages() {
        assertThat(location("/feuilles-de-route/2023-2027/objectifs/7-3")).isEqualTo("/objectifs/7-3");
        assertThat(http.page("/objectifs/7-3")).contains("<h1>7-3 — ");

        assertThat(location("/feuilles-de-route/2023-2027")).isEqualTo("/");
        assertThat(location("/feuilles-de-route/2023-2027/objectifs?axe=2&statut=LATE"))
                .isEqualTo("/objectifs?axe=2&statut=LATE");
        assertThat(location("/feuilles-de-route/2023-2027/axes/3")).isEqualTo("/axes/3");
        assertThat(location("/feuilles-de-route/2023-2027/organisations/ans")).isEqualTo("/organisations/ans");
        assertThat(location("/feuilles-de-route/2023-2027/bilans")).isEqualTo("/bilans");
        assertThat(location("/feuilles-de-route/2023-2027/bilans/2024-S2")).isEqualTo("/bilans/2024-S2");
        assertThat(location("/feuilles-de-route/2023-2027/bilans/flux.atom")).isEqualTo("/bilans/flux.atom");
        assertThat(location("/feuilles-de-route/2023-2027/bilans/flux/7-3.atom"))
                .isEqualTo("/bilans/flux/7-3.atom");
        assertThat(location("/feuilles-de-route/2023-2027/opendata/objectifs.csv"))
                .isEqualTo("/opendata/objectives.csv");
        assertThat(location("/api/v1/roadmaps/2023-2027/objectives")).isEqualTo("/api/v1/objectives");
        assertThat(location("/api/v1/roadmaps/2023-2027/objectives/7-3")).isEqualTo("/api/v1/objectives/7-3");
        // a code that names no objective is not sent anywhere
        assertThat(http.get("/feuilles-de-route/2023-2027/objectifs/x").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theArchivedRoadmapsHomeGivesItsFactsWithTheirSentencesAndItsActionsToImport() {
        String home = http.page(MASANTE);
        assertThat(home)
                .contains(
                        "<h1>Feuille de route du numérique en santé #MaSanté2022</h1>",
                        "Archivée",
                        "Période couverte : 2019-2022.",
                        "Aucun document ne donne son année de début : 2022 est dans son nom",
                        "La feuille de route présente 26 actions.",
                        "« Cette rentrée 2019, riche en projets, a démarré de plus belle autour de la plupart des 26"
                                + " actions présentées dans la feuille de route du numérique en santé #MaSanté2022. »",
                        "<time class=\"fr-text--bold\" datetime=\"2019-06-27\">27 juin 2019 :</time>",
                        "datetime=\"2019-09-30\"",
                        "Premier atelier citoyens, à Toulouse.",
                        "datetime=\"2020-02-20\"",
                        "Dominique Pon et Laura Létourneau",
                        "href=\"/sources#communique-masante-2022-2019\"",
                        "Actions à importer",
                        "la Délégation au numérique en santé (DNS) doit les importer");
        assertThat(http.page(MASANTE + "/bilans")).contains("Aucun bilan de cette feuille de route");
        assertThat(http.page(MASANTE + "/objectifs")).contains("Actions à importer");

        // the current roadmap's facts are on today's home page
        assertThat(http.page("/"))
                .contains(
                        "datetime=\"2023-05-17\"",
                        "intitulée « Mettre le numérique au service de la santé »",
                        "Ses valeurs cardinales : l’éthique, la souveraineté et la durabilité.",
                        "href=\"/sources#lancement-feuille-de-route-2023-05-17\"",
                        "href=\"/feuilles-de-route\"");
        assertThat(http.page("/feuilles-de-route"))
                .contains(
                        "href=\"" + MASANTE + "\"",
                        "Aucun objectif dans Jalons pour l’instant",
                        "65 objectifs dans Jalons",
                        "Période : 2019-2022",
                        "2019 est l’année du communiqué de la rentrée 2019 qui la montre déjà en cours.",
                        "En cours");
    }

    @Test
    void anArchivedRoadmapsObjectiveIsOnItsOwnPagesAndNowhereInTodays() {
        archived.add();

        assertThat(http.page(MASANTE)).contains(ArchivedObjectives.TITLE, "Axe 1 : Axe de test");
        assertThat(http.page(MASANTE + "/objectifs")).contains(ArchivedObjectives.TITLE);
        assertThat(http.page(MASANTE + "/objectifs/1-1"))
                .contains(
                        "<h1>1-1 — " + ArchivedObjectives.TITLE + "</h1>",
                        ArchivedObjectives.TARGET,
                        "31 décembre 2022",
                        "ANS (Agence du numérique en santé)",
                        "aucun point d’avancement n’en est publié dans Jalons");
        assertThat(api("/api/v1/roadmaps/masante-2022/objectives/1-1")
                        .get("title")
                        .asString())
                .isEqualTo(ArchivedObjectives.TITLE);
        String archivedCsv = http.get("/feuilles-de-route/masante-2022/opendata/objectifs.csv")
                .body();
        assertThat(archivedCsv).contains(ArchivedObjectives.TITLE);
        assertThat(archivedCsv.lines().findFirst().orElseThrow()).endsWith(",pilot,deadline_precision,deadline_label");
        assertThat(api("/api/v1/roadmaps").get(1).get("objectives").asInt()).isEqualTo(1);

        // today's pages, API and exports are the current roadmap's only
        assertThat(http.page("/objectifs")).doesNotContain(ArchivedObjectives.TITLE);
        assertThat(http.page("/objectifs/1-1")).contains("Alimentation de Mon espace santé");
        assertThat(http.page("/objectifs?q=archivée")).doesNotContain(ArchivedObjectives.TITLE);
        JsonNode objectives = api("/api/v1/objectives");
        assertThat(objectives.size()).isEqualTo(65);
        assertThat(objectives.toString()).doesNotContain(ArchivedObjectives.TITLE);
        assertThat(api("/api/v1/axes").size()).isEqualTo(4);
        assertThat(http.page("/"))
                .contains("4 axes, 18 priorités et 65 objectifs")
                .doesNotContain("Axe de test");
        String csv = http.get("/opendata/objectives.csv").body();
        assertThat(csv.lines().count()).isEqualTo(66);
        assertThat(csv).doesNotContain(ArchivedObjectives.TITLE);
        assertThat(http.page("/organisations/ans")).doesNotContain(ArchivedObjectives.TITLE);
    }

    @Test
    void anArchivedRoadmapHasItsAxesAndItsOrganisationsPages() {
        archived.add();

        assertThat(http.page(MASANTE))
                .contains("href=\"" + MASANTE + "/axes/1\"", "href=\"" + MASANTE + "/organisations\"");
        assertThat(http.page(MASANTE + "/axes/1"))
                .contains("<h1>Axe 1 : Axe de test</h1>", "Priorité de test", ArchivedObjectives.TITLE);
        assertThat(http.page(MASANTE + "/organisations"))
                .contains(
                        "href=\"" + MASANTE + "/organisations/ans\"",
                        "ANS (Agence du numérique en santé)",
                        "href=\"" + MASANTE + "/organisations/dns\"");
        assertThat(http.page(MASANTE + "/organisations/ans"))
                .contains(
                        "<h1>ANS (Agence du numérique en santé)</h1>",
                        "L’objectif que l’organisation porte",
                        ArchivedObjectives.TITLE);
        // what the archived roadmap does not have is a 404, not today's page
        assertThat(http.get(MASANTE + "/axes/2").statusCode()).isEqualTo(404);
        assertThat(http.get(MASANTE + "/axes/x").statusCode()).isEqualTo(404);
        assertThat(http.get(MASANTE + "/organisations/cnam").statusCode()).isEqualTo(404);
        assertThat(http.get(MASANTE + "/bilans/flux.atom").statusCode()).isEqualTo(404);
    }

    @Test
    void aContinuationIsRecordedByTheDnsAndShownOnBothObjectives() {
        archived.add();
        CurrentUser admin = users.admin();
        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        assertThat(session.get("/admin/objectifs/7-3/prolongements").body())
                .contains("Feuille de route du numérique en santé #MaSanté2022");

        HttpResponse<String> added = session.post(
                "/admin/objectifs/7-3/prolongements",
                Map.of("continuedRoadmap", ArchivedObjectives.SLUG, "continuedCode", ArchivedObjectives.CODE));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(session.get("/admin/objectifs/7-3/prolongements").body())
                .contains("Le prolongement est enregistré.", ArchivedObjectives.TITLE);

        String current = http.page("/objectifs/7-3");
        assertThat(current)
                .contains(
                        "Prolonge",
                        "href=\"/feuilles-de-route/masante-2022/objectifs/1-1\"",
                        "1-1 — " + ArchivedObjectives.TITLE,
                        "(Feuille de route du numérique en santé #MaSanté2022)");
        String earlier = http.page(MASANTE + "/objectifs/1-1");
        assertThat(earlier).contains("Prolongé par", "href=\"/objectifs/7-3\"");
        assertThat(api("/api/v1/objectives/7-3")
                        .get("continues")
                        .get(0)
                        .get("api")
                        .asString())
                .isEqualTo("/api/v1/roadmaps/masante-2022/objectives/1-1");
        assertThat(api("/api/v1/roadmaps/masante-2022/objectives/1-1")
                        .get("continuedBy")
                        .get(0)
                        .get("page")
                        .asString())
                .isEqualTo("/objectifs/7-3");
        assertThat(jdbc.sql("""
                        select after_state::text from audit_event
                        where action = 'CONTINUATION_ADDED' and entity_id = '7-3' and actor_id = ?""").param(admin.id()).query(String.class).single()).contains("masante-2022/1-1");
        assertThat(session.get("/admin/objectifs/7-3/historique").body())
                .contains("Prolongement d’une feuille de route antérieure ajouté", "masante-2022/1-1");

        HttpResponse<String> removed = session.post(
                "/admin/objectifs/7-3/prolongements/retrait",
                Map.of("continuedRoadmap", ArchivedObjectives.SLUG, "continuedCode", ArchivedObjectives.CODE));
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(http.page("/objectifs/7-3"))
                .doesNotContain("href=\"/feuilles-de-route/masante-2022/objectifs/1-1\"");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CONTINUATION_REMOVED'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aContinuationTheFormCannotNameIsRefusedNextToItsFieldWithWhatWasTyped() {
        archived.add();
        CurrentUser admin = users.admin();
        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        session.get("/admin/objectifs/7-3/prolongements");

        String malformed = session.post(
                        "/admin/objectifs/7-3/prolongements", Map.of("continuedRoadmap", "", "continuedCode", "trois"))
                .body();
        assertThat(malformed)
                .contains(
                        "id=\"continuedRoadmap-error\"",
                        "Choisissez la feuille de route antérieure.",
                        "id=\"continuedCode-error\"",
                        "Le code doit avoir la forme priorité-numéro",
                        "value=\"trois\"");

        String unknown = session.post(
                        "/admin/objectifs/7-3/prolongements",
                        Map.of("continuedRoadmap", ArchivedObjectives.SLUG, "continuedCode", "9-9"))
                .body();
        assertThat(unknown)
                .contains("Aucun objectif 9-9 dans : Feuille de route du numérique en santé #MaSanté2022.")
                .contains("value=\"9-9\"");
        // the current roadmap is not an earlier one
        assertThat(session.post(
                                "/admin/objectifs/7-3/prolongements",
                                Map.of("continuedRoadmap", "2023-2027", "continuedCode", "1-1"))
                        .body())
                .contains("Choisissez l’une des feuilles de route antérieures proposées.");
        assertThat(jdbc.sql("select count(*) from objective_continuation")
                        .query(Integer.class)
                        .single())
                .isZero();

        WebSession editor = WebSession.signedIn(port, users.editor("ANS").email(), TestUsers.PASSWORD);
        editor.get("/espace");
        assertThat(editor.post(
                                "/admin/objectifs/7-3/prolongements",
                                Map.of("continuedRoadmap", ArchivedObjectives.SLUG, "continuedCode", "1-1"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void anUnknownSlugOrADraftIsNotFound() {
        jdbc.sql("""
                insert into roadmap (code, slug, title, start_year, end_year, state)
                values ('BROUILLON-TEST', 'brouillon-test', 'Feuille de route de test en préparation', 2028, 2032, 'DRAFT')""").update();
        for (String path : List.of(
                "/feuilles-de-route/inconnue",
                "/feuilles-de-route/inconnue/objectifs",
                "/feuilles-de-route/brouillon-test",
                "/feuilles-de-route/brouillon-test/objectifs/1-1")) {
            HttpResponse<String> answer = http.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).contains("Page non trouvée");
        }
        HttpResponse<String> problem = http.get("/api/v1/roadmaps/brouillon-test/objectives");
        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(problem.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(problem.body()).contains("Aucune feuille de route publique ne correspond à « brouillon-test »");
        assertThat(api("/api/v1/roadmaps").toString()).doesNotContain("brouillon-test");
        assertThat(http.page("/feuilles-de-route")).doesNotContain("Feuille de route de test en préparation");
    }
}
