package fr.gouv.sante.jalons.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.Deadline;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The structure form takes a deadline in the forms of the roadmap import and keeps it as precise as
 * it was typed: "2025" stays a year, shown "fin 2025", and a form sent back unchanged changes nothing.
 */
@JalonsTest
class StructureDeadlineTests {

    private static final ObjectiveCode SEVEN_THREE = ObjectiveCode.parse("7-3");

    @LocalServerPort
    int port;

    @Autowired
    RoadmapEditing editing;

    @Autowired
    TestUsers users;

    @Autowired
    JsonMapper json;

    CurrentUser admin;
    WebSession session;
    HttpTestClient http;

    @BeforeEach
    void signIn() {
        admin = users.admin();
        session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        http = new HttpTestClient(port);
    }

    /** The form of 7-3 as shown, with {@code deadline} and {@code reason} typed. */
    private HttpResponse<String> post(String deadline, String reason) {
        RoadmapEditing.ObjectiveStructure saved = editing.structure(admin, SEVEN_THREE);
        session.get("/admin/objectifs/7-3/structure");
        return session.post(
                "/admin/objectifs/7-3/structure",
                true,
                "title",
                saved.title(),
                "target",
                saved.target(),
                "deadline",
                deadline,
                "owners",
                String.join(", ", saved.ownerAcronyms()),
                "pilot",
                "",
                "reason",
                reason,
                "version",
                String.valueOf(saved.version()));
    }

    private JsonNode api(String path) {
        return json.readTree(http.get(path).body());
    }

    @Test
    void theFormShowsTheDeadlineAsPreciseAsItIsAndSendingItBackChangesNothing() {
        String form = HtmlUtils.htmlUnescape(
                session.get("/admin/objectifs/7-3/structure").body());
        assertThat(form).contains("id=\"deadline\"", "value=\"2024\"", "un trimestre (2026-T1)");
        assertThat(form).doesNotContain("type=\"date\"");

        assertThat(post("2024", "").statusCode()).isEqualTo(302);
        assertThat(editing.structure(admin, SEVEN_THREE).deadline())
                .isEqualTo(Deadline.parse("2024").orElseThrow());
        assertThat(api("/api/v1/objectives/7-3").get("rebaselinings").size()).isZero();
    }

    @Test
    void aYearTypedStaysAYearEverywhereWithItsRebaselining() {
        assertThat(post("2025", "Calendrier revu en comité").statusCode()).isEqualTo(302);

        assertThat(editing.structure(admin, SEVEN_THREE).deadline().iso()).isEqualTo("2025");
        JsonNode api = api("/api/v1/objectives/7-3");
        assertThat(api.get("deadline").asString()).isEqualTo("2025-12-31");
        assertThat(api.get("deadlinePrecision").asString()).isEqualTo("YEAR");
        assertThat(api.get("deadlineLabel").asString()).isEqualTo("fin 2025");
        JsonNode change = api.get("rebaselinings").get(0);
        assertThat(change.get("previousDeadlineLabel").asString()).isEqualTo("fin 2024");
        assertThat(change.get("newDeadlineLabel").asString()).isEqualTo("fin 2025");
        assertThat(change.get("newDeadlinePrecision").asString()).isEqualTo("YEAR");

        String page = http.page("/objectifs/7-3");
        assertThat(page)
                .contains("<time datetime=\"2025\">fin 2025</time>", "(échéance : fin 2024)", "(échéance : fin 2025)")
                .doesNotContain("31 décembre 2025", "31 décembre 2024");
        assertThat(http.page("/bilans/flux/7-3.atom")).contains("(échéance fin 2024)", "(échéance fin 2025)");
        assertThat(HtmlUtils.htmlUnescape(
                        session.get("/admin/objectifs/7-3/historique").body()))
                .contains("fin 2024", "fin 2025")
                .doesNotContain("31 décembre 2025");
    }

    @Test
    void aQuarterOrADayIsKeptAsTyped() {
        assertThat(post("T1 2026", "Nouveau calendrier").statusCode()).isEqualTo(302);
        assertThat(editing.structure(admin, SEVEN_THREE).deadline().iso()).isEqualTo("2026-Q1");
        assertThat(http.page("/objectifs/7-3")).contains("<span>1er trimestre 2026</span>");

        assertThat(post("30/06/2026", "Date fixée par arrêté").statusCode()).isEqualTo(302);
        assertThat(editing.structure(admin, SEVEN_THREE).deadline().iso()).isEqualTo("2026-06-30");
        assertThat(http.page("/objectifs/7-3")).contains("<time datetime=\"2026-06-30\">30 juin 2026</time>");
    }

    @Test
    void aDayForTheSameEndIsAChangeOfDeadlineThatNeedsAReason() {
        // "31/12/2024" would show the public a day that "d'ici fin 2024" does not give
        String refused = HtmlUtils.htmlUnescape(post("31/12/2024", "").body());
        assertThat(refused).contains("indiquez le motif");
        assertThat(editing.structure(admin, SEVEN_THREE).deadline().iso()).isEqualTo("2024");
    }

    @Test
    void whatIsNoDeadlineIsRefusedNextToTheFieldAndKept() {
        HttpResponse<String> refused = post("fin 2026", "Motif");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(refused.body()))
                .contains(
                        "Échéance illisible : indiquez une année (2026), un semestre (2026-S1), un trimestre (2026-T1)",
                        "id=\"deadline-error\"",
                        "value=\"fin 2026\"");
        assertThat(editing.structure(admin, SEVEN_THREE).deadline().iso()).isEqualTo("2024");
    }
}
