package fr.gouv.sante.jalons.charter;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.cluster.PublicCaches;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The charter's text and commitments as the document gives them, and their links to the roadmap's objectives. */
@JalonsTest
class CharterTests {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    PublicCaches caches;

    HttpTestClient http;
    CurrentUser admin;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        admin = new TestUsers(jdbc, passwords).admin();
    }

    @AfterEach
    void removeTheTestsLinks() {
        jdbc.sql("""
                        delete from charter_commitment_objective
                        where objective_id = (select id from objective where code = '18-3')""").update();
        caches.clear("the charter tests changed links behind the application's back");
    }

    private JsonNode getJson(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/json");
        return json.readTree(response.body());
    }

    private static Map<String, String> byPartyAndNumber(JsonNode commitments) {
        Map<String, String> texts = new LinkedHashMap<>();
        commitments.forEach(c -> texts.put(
                c.get("party").asString() + " " + c.get("number").asInt(),
                CharterText.normalised(c.get("text").asString())));
        return texts;
    }

    private static List<String> objectivesOf(JsonNode charter, String party, int number) {
        List<String> codes = new ArrayList<>();
        charter.get("commitments").forEach(c -> {
            if (c.get("party").asString().equals(party) && c.get("number").asInt() == number) {
                c.get("objectives").forEach(code -> codes.add(code.asString()));
            }
        });
        return codes;
    }

    @Test
    void theApiHasTheTenCommitmentsOfTheStateAndTheTenOfTheCompaniesWordForWord() {
        Map<String, String> expected = CharterText.commitments();
        assertThat(expected).as("commitments read from the text itself").hasSize(20);

        JsonNode commitments = getJson("/api/v1/charter").get("commitments");
        assertThat(commitments.size()).isEqualTo(20);
        List<String> parties = new ArrayList<>();
        commitments.forEach(c -> parties.add(c.get("party").asString()));
        assertThat(parties).filteredOn("STATE"::equals).hasSize(10);
        assertThat(parties).filteredOn("INDUSTRY"::equals).hasSize(10);
        // same keys, same texts, same order: the State's 1 to 10, then the companies' 1 to 10
        assertThat(byPartyAndNumber(commitments)).containsExactlyEntriesOf(expected);
    }

    @Test
    void thePageGivesTheTextSectionBySectionAndNamesItsPredecessorAsTheTextDoes() {
        String page = CharterText.normalised(http.page("/charte"));

        assertThat(CharterText.headings())
                .containsExactly(
                        "I. Préambule",
                        "II. Principes partagés",
                        "III. Engagements des pouvoirs publics",
                        "IV. Engagements des entreprises du numérique en santé des secteurs sanitaire, médico-social et social",
                        "V. Signataires de la Charte et suivi");
        assertThat(page).contains(CharterText.headings());
        assertThat(page).contains(CharterText.paragraphs());
        assertThat(page).contains(CharterText.commitments().values());
        assertThat(page).contains("« une première charte signée en 2021 »", "« la présente Charte »");
        assertThat(page).contains("<h1>La charte e-santé</h1>");

        JsonNode charter = getJson("/api/v1/charter");
        assertThat(charter.get("title").isNull())
                .as("the text gives itself no title")
                .isTrue();
        assertThat(charter.get("predecessor").get("designation").asString())
                .isEqualTo("une première charte signée en 2021");
        assertThat(charter.get("predecessor").get("signedYear").asInt()).isEqualTo(2021);
    }

    @Test
    void theCharterQuotesItsSourceWhichTheSourcesPageDescribesAsUntitledAndUndated() {
        String charter = CharterText.spaces(http.page("/charte"));
        assertThat(charter)
                .contains(
                        "Source du texte, décrite parmi les sources des données :",
                        "href=\"/sources#charte-e-sante\"",
                        "Charte entre les pouvoirs publics et les entreprises du numérique en santé des secteurs"
                                + " sanitaire, médico-social et social</a>");
        assertThat(getJson("/api/v1/charter").get("sourceDocument").asString()).isEqualTo("charte-e-sante");

        // the anchor the charter links to, with what the text does and does not state about itself
        String sources = CharterText.spaces(http.page("/sources"));
        int start = sources.indexOf("id=\"charte-e-sante\"");
        assertThat(start).as("the charter on /sources").isPositive();
        int end = sources.indexOf("</section>", start);
        String entry = sources.substring(start, end);
        assertThat(entry.split("Non indiqué dans le document", -1))
                .as("no title, no publisher, no date")
                .hasSize(4);
        assertThat(entry)
                .contains(
                        "Le texte ne porte pas de date.",
                        "« a été mise à jour en mai 2023 »",
                        "« une première charte signée en 2021 »",
                        "les 10 engagements des pouvoirs publics, les 10 engagements des entreprises");
        // listed once, whichever migrations listed documents before it
        assertThat(jdbc.sql("select count(*) from source_document where description like 'Charte entre%'")
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void stateCommitmentFiveIsObjective31AndTheObjectivesPageLinksBack() {
        // the texts that make the link: the commitment names the catalogue of Mon espace santé, so does 3-1
        assertThat(CharterText.commitments().get("STATE 5")).contains("catalogue de services de Mon espace santé");
        assertThat(jdbc.sql("select title from objective where code = '3-1'")
                        .query(String.class)
                        .single())
                .isEqualTo("Catalogue d'applications avec échanges");

        JsonNode charter = getJson("/api/v1/charter");
        assertThat(objectivesOf(charter, "STATE", 5)).containsExactly("3-1");
        assertThat(objectivesOf(charter, "STATE", 9)).containsExactly("10-1");
        assertThat(objectivesOf(charter, "INDUSTRY", 5)).containsExactly("3-1");

        String page = http.page("/charte");
        assertThat(commitmentItem(page, "etat-5")).contains("href=\"/objectifs/3-1\"");
        assertThat(http.page("/objectifs/3-1"))
                .contains(
                        "Engagements de la charte e-santé",
                        "href=\"/charte#etat-5\"",
                        "href=\"/charte#entreprises-5\"");
        assertThat(http.page("/objectifs/1-1")).doesNotContain("Engagements de la charte e-santé");
    }

    @Test
    void anAdministratorLinksAnObjectiveAndEveryPublicPageShowsItAtOnceThenTheLinkIsRemoved() {
        long auditBefore = jdbc.sql("select coalesce(max(id), 0) from audit_event")
                .query(Long.class)
                .single();
        long objectiveId = jdbc.sql("select id from objective where code = '18-3'")
                .query(Long.class)
                .single();
        // the public pages are cached before the change, as they would be for visitors
        assertThat(http.page("/objectifs/18-3")).doesNotContain("/charte#etat-8");
        assertThat(objectivesOf(getJson("/api/v1/charter"), "STATE", 8)).isEmpty();

        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        String version = version(session.get("/admin/charte/engagements/etat/8").body());

        HttpResponse<String> refused = session.post(
                "/admin/charte/engagements/etat/8", true, "objective", "99-9", "version", version, "action", "lier");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("fr-select-group--error", "Aucun objectif de la feuille de route n’a le code « 99-9 »");

        HttpResponse<String> linked = session.post(
                "/admin/charte/engagements/etat/8", true, "objective", "18-3", "version", version, "action", "lier");
        assertThat(linked.statusCode()).isEqualTo(302);
        assertThat(http.page("/objectifs/18-3")).contains("href=\"/charte#etat-8\"");
        assertThat(objectivesOf(getJson("/api/v1/charter"), "STATE", 8)).containsExactly("18-3");
        assertThat(commitmentItem(http.page("/charte"), "etat-8")).contains("href=\"/objectifs/18-3\"");
        assertThat(jdbc.sql("""
                        select count(*) from audit_event
                        where id > ? and entity_type = 'CHARTER_LINK' and entity_id = 'etat-8' and action = 'LINKED'
                          and objective_id = ? and actor_id = ? and after_state::text like '%18-3%'""")
                        .params(auditBefore, objectiveId, admin.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // the same form sent again from the page as it was: someone changed the links since
        HttpResponse<String> stale = session.post(
                "/admin/charte/engagements/etat/8", true, "objective", "18-1", "version", version, "action", "lier");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(objectivesOf(getJson("/api/v1/charter"), "STATE", 8)).containsExactly("18-3");

        String current = version(session.get("/admin/charte/engagements/etat/8").body());
        HttpResponse<String> removed = session.post(
                "/admin/charte/engagements/etat/8", true, "objective", "18-3", "version", current, "action", "retirer");
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(http.page("/objectifs/18-3")).doesNotContain("/charte#etat-8");
        assertThat(objectivesOf(getJson("/api/v1/charter"), "STATE", 8)).isEmpty();
        assertThat(jdbc.sql("""
                        select count(*) from audit_event
                        where id > ? and entity_type = 'CHARTER_LINK' and action = 'UNLINKED' and objective_id = ?""")
                        .params(auditBefore, objectiveId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theLinksPagesAreForAdministratorsOnly() {
        CurrentUser editor = new TestUsers(jdbc, passwords).editor("ANS");
        WebSession session = WebSession.signedIn(port, editor.email(), TestUsers.PASSWORD);
        assertThat(session.get("/admin/charte/engagements").statusCode()).isEqualTo(403);
        assertThat(session.get("/admin/charte/signataires").statusCode()).isEqualTo(403);
        assertThat(new WebSession(port).get("/admin/charte/engagements").statusCode())
                .isEqualTo(302);
    }

    /** The list item of a commitment on the charter's page. */
    private static String commitmentItem(String page, String anchor) {
        int start = page.indexOf("id=\"" + anchor + "\"");
        assertThat(start).as("commitment %s on the page", anchor).isPositive();
        // up to the first end of an item: its own, or its first objective's, which comes after the link
        return page.substring(start, page.indexOf("</li>", start));
    }

    private static String version(String page) {
        Matcher version = VERSION.matcher(page);
        assertThat(version.find()).as("a version in the form").isTrue();
        return version.group(1);
    }
}
