package fr.gouv.sante.jalons.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The source documents list each objective's lead organisations without saying which one pilots it:
 * nobody is shown as pilot until the DNS designates one of the owners, and then it is shown everywhere.
 */
@JalonsTest
class ObjectivePilotTests {

    @LocalServerPort
    int port;

    @Autowired
    RoadmapEditing editing;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    JsonMapper json;

    CurrentUser admin;
    HttpTestClient http;

    @BeforeEach
    void setUp() {
        admin = users.admin();
        http = new HttpTestClient(port);
    }

    /** The saved structure with other owners or another pilot, from the saved version. */
    private static StructureChange keeping(RoadmapEditing.ObjectiveStructure saved, List<String> owners, String pilot) {
        return new StructureChange(
                saved.title(), saved.target(), saved.deadline(), owners, pilot, null, saved.version());
    }

    private void designate(ObjectiveCode code, List<String> owners, String pilot) {
        editing.update(admin, code, keeping(editing.structure(admin, code), owners, pilot));
    }

    /** The structure form as the administrator posts it: the saved values, a pilot, a version. */
    private static HttpResponse<String> post(
            WebSession session, RoadmapEditing.ObjectiveStructure saved, String pilot, long version) {
        return session.post(
                "/admin/objectifs/" + saved.code() + "/structure",
                true,
                "title",
                saved.title(),
                "target",
                saved.target(),
                "deadline",
                saved.deadline().iso(),
                "owners",
                String.join(", ", saved.ownerAcronyms()),
                "pilot",
                pilot,
                "reason",
                "",
                "version",
                String.valueOf(version));
    }

    private JsonNode api(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void noReferenceObjectiveHasAPilotAndNoOwnerIsCalledOne() {
        assertThat(jdbc.sql("select count(*) from objective where pilot_organisation_id is not null")
                        .query(Long.class)
                        .single())
                .isZero();

        JsonNode detail = api("/api/v1/objectives/7-3");
        assertThat(detail.has("pilot")).as("a pilot field").isTrue();
        assertThat(detail.get("pilot").isNull()).isTrue();
        assertThat(detail.get("owners").toString()).isEqualTo("[\"DGOS\",\"ANS\",\"CNAM\",\"GIE SESAM-Vitale\"]");
        List<String> pilots = new ArrayList<>();
        api("/api/v1/objectives").forEach(o -> pilots.add(o.get("pilot").isNull() ? null : o.toString()));
        assertThat(pilots).hasSize(65).containsOnlyNulls();
        api("/api/v1/organisations")
                .forEach(o ->
                        assertThat(o.get("piloted").size()).as(o.toString()).isZero());

        assertThat(http.page("/objectifs/7-3")).contains("DGOS").doesNotContain("(pilote)");
        assertThat(http.page("/organisations/dgos"))
                .contains("Porteur de")
                .doesNotContain("(pilote)", "objectifs pilotés", "co-portage");
        assertThat(http.page("/organisations")).doesNotContain("la première citée en est le pilote");
        assertThat(http.page("/donnees-ouvertes")).doesNotContain("la première est le pilote");

        List<String> csv = http.get("/opendata/objectives.csv").body().lines().toList();
        assertThat(csv.get(0)).endsWith(",pilot,status_basis,themes,deadline_precision,deadline_label");
        assertThat(csv.stream().filter(line -> line.startsWith("7-3,")).findFirst())
                .get()
                .asString()
                .endsWith(",,INFERRED,,YEAR,fin 2024");
    }

    @Test
    void theDnsDesignatesAPilotWhichThenShowsEverywhereAndInTheHistory() {
        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        String form = HtmlUtils.htmlUnescape(
                session.get("/admin/objectifs/1-1/structure").body());
        assertThat(form).contains("Organisation pilote", "Aucun pilote désigné", "<option value=\"CNAM\"");
        RoadmapEditing.ObjectiveStructure before = editing.structure(admin, ObjectiveCode.parse("1-1"));

        HttpResponse<String> saved = post(session, before, "CNAM", before.version());
        assertThat(saved.statusCode()).isEqualTo(302);

        JsonNode detail = api("/api/v1/objectives/1-1");
        assertThat(detail.get("pilot").asString()).isEqualTo("CNAM");
        assertThat(detail.get("owners").toString()).as("document order kept").isEqualTo("[\"DNS\",\"CNAM\",\"ANS\"]");
        assertThat(api("/api/v1/objectives").get(0).get("pilot").asString()).isEqualTo("CNAM");
        assertThat(http.page("/objectifs/1-1"))
                .contains("CNAM (pilote)")
                .doesNotContain("DNS (pilote)", "ANS (pilote)");
        assertThat(http.page("/organisations/cnam")).contains("La DNS l’a désignée pilote d’1 objectif");
        assertThat(http.get("/opendata/objectives.csv").body().lines().filter(line -> line.startsWith("1-1,")))
                .singleElement()
                .asString()
                .endsWith(",CNAM,INFERRED,,YEAR,fin 2026");

        String history = HtmlUtils.htmlUnescape(
                session.get("/admin/objectifs/1-1/historique").body());
        assertThat(history).contains("Organisation pilote : « CNAM »", admin.email());
        assertThat(jdbc.sql("""
                        select after_state ->> 'pilot' from audit_event
                        where entity_id = '1-1' and action = 'CHANGED' and actor_id = ? order by id desc limit 1""").param(admin.id()).query(String.class).single()).isEqualTo("CNAM");
    }

    @Test
    void aPilotMustBeOneOfTheOwnersAndStaysWhenTheOwnersAreReordered() {
        ObjectiveCode code = ObjectiveCode.parse("1-1");
        RoadmapEditing.ObjectiveStructure before = editing.structure(admin, code);
        assertThatThrownBy(() -> editing.update(admin, code, keeping(before, before.ownerAcronyms(), "DGOS")))
                .isInstanceOf(StructureRejected.class)
                .extracting(e -> ((StructureRejected) e).errors().get("pilot"))
                .isEqualTo("structure.pilot.not-owner");
        assertThat(editing.structure(admin, code)).isEqualTo(before);

        designate(code, before.ownerAcronyms(), "ANS");
        // the owners are written again (deleted, then inserted): the pilot survives it
        designate(code, List.of("ANS", "DNS", "CNAM"), "ANS");
        assertThat(editing.structure(admin, code).pilot()).isEqualTo("ANS");
        designate(code, before.ownerAcronyms(), "ANS");

        RoadmapEditing.ObjectiveStructure restored = editing.structure(admin, code);
        assertThatThrownBy(() -> editing.update(admin, code, keeping(restored, List.of("DNS", "CNAM"), "ANS")))
                .isInstanceOf(StructureRejected.class);
        assertThat(editing.structure(admin, code).ownerAcronyms()).containsExactly("DNS", "CNAM", "ANS");
    }

    @Test
    void theDatabaseRefusesAPilotThatIsNotAnOwner() {
        assertThatThrownBy(() -> jdbc.sql("""
                        update objective set pilot_organisation_id = (select id from organisation where acronym = 'DGOS')
                        where code = '1-1'""").update()).hasMessageContaining("fk_objective_pilot_owner");
    }

    @Test
    void aStaleFormDesignatesNobody() {
        ObjectiveCode code = ObjectiveCode.parse("3-1");
        RoadmapEditing.ObjectiveStructure before = editing.structure(admin, code);
        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        HttpResponse<String> response = post(session, before, "ANS", before.version() - 1);
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(HtmlUtils.htmlUnescape(response.body())).contains("Organisation pilote", "Aucun pilote désigné");
        assertThat(editing.structure(admin, code)).isEqualTo(before);
    }
}
