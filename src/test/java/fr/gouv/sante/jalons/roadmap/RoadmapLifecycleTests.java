package fr.gouv.sante.jalons.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.roadmapadmin.StructureImport;
import fr.gouv.sante.jalons.roadmapadmin.StructureImportPreview;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.util.HtmlUtils;

/**
 * The DNS creates roadmaps (a draft first) and moves them between states, with a confirmation: making
 * one current archives the previous one in the same transaction. Bad input is refused next to its
 * field, keeping what was typed; every change is audited; nobody but an administrator gets in.
 */
@JalonsTest
class RoadmapLifecycleTests {

    static final String LIST = "/admin/feuilles-de-route";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    RoadmapLifecycle lifecycle;

    @Autowired
    StructureImport imports;

    CurrentUser admin;
    WebSession session;

    @BeforeEach
    void signIn() {
        admin = users.admin();
        session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
    }

    private HttpResponse<String> create(String code, String slug, String title, String start, String end) {
        session.get(LIST);
        return session.post(LIST, true, "code", code, "slug", slug, "title", title, "startYear", start, "endYear", end);
    }

    private String state(String slug) {
        return jdbc.sql("select state from roadmap where slug = ?")
                .param(slug)
                .query(String.class)
                .single();
    }

    private long roadmaps() {
        return jdbc.sql("select count(*) from roadmap").query(Long.class).single();
    }

    private long audited(String slug, String action) {
        return jdbc.sql("""
                        select count(*) from audit_event
                        where entity_type = 'ROADMAP' and entity_id = ? and action = ? and actor_id = ?""").params(slug, action, admin.id()).query(Long.class).single();
    }

    /** A draft roadmap with a small made-up structure, imported through the service. */
    private void draftWithStructure(String code, String slug) throws Exception {
        lifecycle.create(admin, new RoadmapLifecycle.NewRoadmap(code, slug, "[TEST] " + slug, "2030", "2032"));
        byte[] file;
        try (var in = getClass().getResourceAsStream("/roadmap-import/good.csv")) {
            file = in.readAllBytes();
        }
        StructureImportPreview preview = imports.preview(admin, slug, "good.csv", file);
        imports.apply(admin, slug, "good.csv", file, preview.sha256());
    }

    @Test
    void aRoadmapCreatedByTheDnsIsADraftListedWithTheOthersAndAudited() {
        HttpResponse<String> created =
                create("TEST-2030", "essai-2030", "[TEST] Feuille de route d’essai", "2030", "2032");
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location")).contains(LIST);

        String list = session.get(LIST).body();
        assertThat(list)
                .contains("La feuille de route a été créée, à l’état de brouillon.")
                .contains("[TEST] Feuille de route d’essai", "TEST-2030", "essai-2030", "2030-2032", "En préparation")
                .contains("Feuille de route du numérique en santé 2023-2027", "En cours")
                .contains("/admin/feuilles-de-route/essai-2030/import");
        assertThat(list.indexOf("Feuille de route du numérique en santé 2023-2027"))
                .as("the current roadmap comes first")
                .isLessThan(list.indexOf("[TEST] Feuille de route d’essai"));
        assertThat(state("essai-2030")).isEqualTo("DRAFT");
        assertThat(audited("essai-2030", "CREATED")).isOne();
        assertThat(session.get("/admin/historique").body())
                .contains("Feuille de route « essai-2030 » créée (brouillon)");
        assertThat(session.get("/admin").body()).contains("href=\"/admin/feuilles-de-route\"");
    }

    @Test
    void badInputIsRefusedNextToEachFieldKeepingWhatWasTyped() {
        long before = roadmaps();
        HttpResponse<String> refused = create("fns-2023-2027", "MaSanté 2022", "", "20x2", "1999");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(refused.body()))
                .contains("Erreur : feuille de route non créée")
                .contains("id=\"code-error\"", "Une feuille de route porte déjà ce code")
                .contains("id=\"slug-error\"", "L’adresse ne contient que des lettres minuscules")
                .contains("id=\"title-error\"", "Saisissez le titre de la feuille de route.")
                .contains("id=\"startYear-error\"", "L’année de début s’écrit avec quatre chiffres, de 2000 à 2100.")
                .contains("id=\"endYear-error\"")
                .contains("value=\"MaSanté 2022\"", "value=\"20x2\"", "value=\"fns-2023-2027\"");
        assertThat(create("TEST-X", "2023-2027", "[TEST] x", "2030", "2028").body())
                .contains("Une feuille de route a déjà cette adresse : choisissez-en une autre.")
                .contains("L’année de fin ne peut pas précéder l’année de début.");
        assertThat(create("TEST-X", "-essai", "[TEST] x", "2030", "2031").body())
                .contains("id=\"slug-error\"");
        assertThat(roadmaps()).isEqualTo(before);
    }

    @Test
    void makingARoadmapCurrentAfterConfirmationArchivesThePreviousOneInTheSameTransaction() throws Exception {
        draftWithStructure("TEST-2030", "essai-2030");

        String confirmation =
                session.get(LIST + "/essai-2030/etat?vers=CURRENT").body();
        assertThat(confirmation)
                .contains("Mettre en vigueur une feuille de route")
                .contains("« [TEST] essai-2030 » deviendra la feuille de route en vigueur")
                .contains(
                        "« Feuille de route du numérique en santé 2023-2027 », en vigueur aujourd’hui, sera archivée");
        assertThat(state("essai-2030")).as("a GET changes nothing").isEqualTo("DRAFT");

        HttpResponse<String> moved =
                session.post(LIST + "/essai-2030/etat", true, "depuis", "DRAFT", "vers", "CURRENT");
        assertThat(moved.statusCode()).isEqualTo(302);
        assertThat(state("essai-2030")).isEqualTo("CURRENT");
        assertThat(state("2023-2027")).isEqualTo("ARCHIVED");
        assertThat(jdbc.sql("select count(*) from roadmap where state = 'CURRENT'")
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(audited("essai-2030", "STATE_CHANGED")).isOne();
        assertThat(audited("2023-2027", "STATE_CHANGED")).isOne();
        assertThat(jdbc.sql("""
                        select after_state->>'roadmapState' from audit_event
                        where entity_type = 'ROADMAP' and entity_id = '2023-2027' and action = 'STATE_CHANGED'""").query(String.class).single()).isEqualTo("ARCHIVED");
        assertThat(session.get(LIST).body())
                .contains("La feuille de route est en vigueur ; la précédente est archivée.");
        assertThat(session.get("/admin/historique").body())
                .contains("État de la feuille de route « 2023-2027 » modifié", "En cours → Archivée");

        // and back: the archived roadmap may become current again, archiving the other
        session.get(LIST + "/2023-2027/etat?vers=CURRENT");
        session.post(LIST + "/2023-2027/etat", true, "depuis", "ARCHIVED", "vers", "CURRENT");
        assertThat(state("2023-2027")).isEqualTo("CURRENT");
        assertThat(state("essai-2030")).isEqualTo("ARCHIVED");
    }

    @Test
    void aMoveTheRulesForbidIsExplainedAndChangesNothing() {
        lifecycle.create(
                admin, new RoadmapLifecycle.NewRoadmap("TEST-VIDE", "essai-vide", "[TEST] vide", "2030", "2031"));

        assertThat(session.get(LIST + "/essai-vide/etat?vers=CURRENT").body())
                .contains("Une feuille de route sans objectif ne peut pas être mise en vigueur")
                .doesNotContain("name=\"depuis\"");
        HttpResponse<String> refused =
                session.post(LIST + "/essai-vide/etat", true, "depuis", "DRAFT", "vers", "CURRENT");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(session.get(LIST).body())
                .contains("Une feuille de route sans objectif ne peut pas être mise en vigueur");
        assertThat(state("essai-vide")).isEqualTo("DRAFT");

        assertThat(session.get(LIST + "/2023-2027/etat?vers=ARCHIVED").body())
                .contains("La feuille de route en vigueur ne change pas d’état directement");
        session.post(LIST + "/2023-2027/etat", true, "depuis", "CURRENT", "vers", "ARCHIVED");
        assertThat(state("2023-2027")).isEqualTo("CURRENT");

        // a confirmation page left open while someone else archived the draft
        lifecycle.changeState(admin, "essai-vide", RoadmapState.DRAFT, RoadmapState.ARCHIVED);
        assertThatThrownBy(() -> lifecycle.changeState(admin, "essai-vide", RoadmapState.DRAFT, RoadmapState.ARCHIVED))
                .isInstanceOf(InputRefused.class)
                .satisfies(e -> assertThat(((InputRefused) e).errors()).containsValue("roadmap.state.refused.moved"));
        assertThat(session.get(LIST + "/essai-vide/etat?vers=BROUILLON").statusCode())
                .isEqualTo(404);
        assertThat(session.get(LIST + "/inconnue/etat?vers=CURRENT").statusCode())
                .isEqualTo(404);
    }

    @Test
    void onlyAdministratorsReachTheRoadmapsAndTheirImport() {
        CurrentUser editor = users.editor("ANS");
        CurrentUser reader = users.reader("DNS");
        for (CurrentUser user : new CurrentUser[] {editor, reader}) {
            WebSession other = WebSession.signedIn(port, user.email(), TestUsers.PASSWORD);
            assertThat(other.get(LIST).statusCode()).isEqualTo(403);
            assertThat(other.get(LIST + "/2023-2027/import").statusCode()).isEqualTo(403);
            assertThat(other.get(LIST + "/modele.csv").statusCode()).isEqualTo(403);
            assertThat(other.get(LIST + "/2023-2027/etat?vers=ARCHIVED").statusCode())
                    .isEqualTo(403);
            other.get("/espace");
            assertThat(other.post(
                                    LIST,
                                    true,
                                    "code",
                                    "X",
                                    "slug",
                                    "x",
                                    "title",
                                    "x",
                                    "startYear",
                                    "2030",
                                    "endYear",
                                    "2031")
                            .statusCode())
                    .isEqualTo(403);
            assertThat(other.upload(
                                    LIST + "/2023-2027/import",
                                    "fichier",
                                    "good.csv",
                                    "text/csv",
                                    "axe".getBytes(StandardCharsets.UTF_8))
                            .statusCode())
                    .isEqualTo(403);
            assertThatThrownBy(() -> lifecycle.roadmaps(user)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> imports.preview(user, "2023-2027", "a.csv", new byte[1]))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(new WebSession(port).get(LIST).statusCode()).isEqualTo(302);
    }
}
