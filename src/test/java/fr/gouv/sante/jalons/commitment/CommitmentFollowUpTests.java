package fr.gouv.sante.jalons.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The State's commitments of the charter followed like objectives, through the pages people use: the
 * DNS names the leads, a lead's editor writes the report in the campaign, the DNS sends it back then
 * validates it, the period's publication publishes it, and the charter's pages and API show it.
 */
@JalonsTest
class CommitmentFollowUpTests {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    CurrentUser ans;
    WebSession admin;

    @BeforeEach
    void setUp() {
        ans = users.editor("ANS");
        CurrentUser dns = users.admin();
        admin = WebSession.signedIn(port, dns.email(), TestUsers.PASSWORD);
    }

    private static String version(HttpResponse<String> page) {
        Matcher matcher = VERSION.matcher(page.body());
        assertThat(matcher.find()).as("a version in the page").isTrue();
        return matcher.group(1);
    }

    /** The DNS names ANS the lead of the State's commitment 5, through its page. */
    private void ansLeadsCommitment5() {
        HttpResponse<String> page = admin.get("/admin/charte/pilotes/5");
        assertThat(page.statusCode()).isEqualTo(200);
        HttpResponse<String> saved =
                admin.post("/admin/charte/pilotes/5", true, "leads", "ANS", "version", version(page));
        assertThat(saved.statusCode()).isEqualTo(302);
    }

    private long reports() {
        return jdbc.sql("select count(*) from commitment_report")
                .query(Long.class)
                .single();
    }

    private JsonNode stateCommitment(int number) {
        JsonNode charter =
                json.readTree(new HttpTestClient(port).get("/api/v1/charter").body());
        for (JsonNode commitment : charter.get("commitments")) {
            if (commitment.get("party").asString().equals("STATE")
                    && commitment.get("number").asInt() == number) {
                return commitment;
            }
        }
        throw new AssertionError("no State commitment " + number);
    }

    @Test
    void aLeadWritesTheDnsSendsBackValidatesAndPublishesAndThePublicSeesIt() {
        ansLeadsCommitment5();
        campaign.open();
        WebSession editor = WebSession.signedIn(port, ans.email(), TestUsers.PASSWORD);

        // the workspace lists it next to the objectives, to do
        String workspace = editor.get("/espace").body();
        assertThat(workspace).contains("Engagements de la charte e-santé", "Engagement des pouvoirs publics n° 5");

        // draft, then submitted
        HttpResponse<String> form = editor.get("/espace/engagements/5");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Organisations pilotes : ANS");
        assertThat(editor.post(
                                "/espace/engagements/5",
                                true,
                                "status",
                                "AT_RISK",
                                "narrative",
                                "Premier jet.",
                                "action",
                                "brouillon")
                        .statusCode())
                .isEqualTo(302);
        form = editor.get("/espace/engagements/5");
        assertThat(form.body()).contains("Premier jet.", "Brouillon");
        assertThat(editor.post(
                                "/espace/engagements/5",
                                true,
                                "status",
                                "AT_RISK",
                                "narrative",
                                "Premier jet, soumis.",
                                "version",
                                version(form),
                                "action",
                                "soumettre")
                        .statusCode())
                .isEqualTo(302);

        // the DNS sends it back with a comment
        HttpResponse<String> review = admin.get("/admin/campagne/engagements");
        assertThat(review.body()).contains("Engagement des pouvoirs publics n° 5", "Soumis");
        HttpResponse<String> one = admin.get("/admin/campagne/engagements/5");
        assertThat(one.body()).contains("Premier jet, soumis.");
        // a send-back without a comment is refused next to the field, nothing changed
        HttpResponse<String> noComment =
                admin.post("/admin/campagne/engagements/5/renvoi", true, "version", version(one), "comment", " ");
        assertThat(noComment.statusCode()).isEqualTo(200);
        assertThat(noComment.body()).contains("Expliquez à l’organisation ce qu’elle doit reprendre.");
        assertThat(admin.post(
                                "/admin/campagne/engagements/5/renvoi",
                                true,
                                "version",
                                version(one),
                                "comment",
                                "Précisez le calendrier.")
                        .statusCode())
                .isEqualTo(302);

        // the editor sees the comment and submits again
        form = editor.get("/espace/engagements/5");
        assertThat(form.body()).contains("À reprendre", "Précisez le calendrier.");
        assertThat(editor.post(
                                "/espace/engagements/5",
                                true,
                                "status",
                                "ON_TRACK",
                                "narrative",
                                "Le catalogue est **ouvert** ; calendrier : fin 2025.",
                                "version",
                                version(form),
                                "action",
                                "soumettre")
                        .statusCode())
                .isEqualTo(302);

        one = admin.get("/admin/campagne/engagements/5");
        assertThat(admin.post("/admin/campagne/engagements/5/validation", true, "version", version(one))
                        .statusCode())
                .isEqualTo(302);

        // the public pages, read (and cached) before the publication
        HttpTestClient visitor = new HttpTestClient(port);
        assertThat(visitor.get("/charte").body()).contains("Organisations pilotes : ANS");
        assertThat(visitor.get("/charte/engagements/etat-5").body())
                .contains("Aucun point d’avancement publié pour l’instant.");
        assertThat(stateCommitment(5).get("reports")).isEmpty();

        // the publication page counts it; publishing the period publishes it in the same transaction
        campaign.validated(ans, "3-1", ProgressStatus.ON_TRACK, "Objectif à jour.");
        assertThat(admin.get("/admin/publication").body())
                .contains("Et 1 point d’avancement d’engagement des pouvoirs publics");
        campaign.published();
        assertThat(jdbc.sql("select state from commitment_report")
                        .query(String.class)
                        .single())
                .isEqualTo("PUBLISHED");

        String charter = visitor.get("/charte").body();
        assertThat(charter).contains("Dernier point d’avancement publié (1er semestre 2025) :", "En bonne voie");
        String page = visitor.get("/charte/engagements/etat-5").body();
        assertThat(page)
                .contains(
                        "Engagement des pouvoirs publics n° 5",
                        "Agence du numérique en santé (ANS)",
                        "/objectifs/3-1",
                        "1er semestre 2025",
                        "En bonne voie",
                        "Le catalogue est <strong>ouvert</strong>")
                .doesNotContain("Premier jet");
        JsonNode api = stateCommitment(5);
        assertThat(api.get("leads").get(0).asString()).isEqualTo("ANS");
        JsonNode report = api.get("reports").get(0);
        assertThat(report.get("period").asString()).isEqualTo("2025-S1");
        assertThat(report.get("status").asString()).isEqualTo("ON_TRACK");
        assertThat(report.get("narrative").asString()).startsWith("Le catalogue est **ouvert**");
        assertThat(report.get("publishedAt").isNull()).isFalse();

        // every step is in the audit trail, and on the history page
        List<String> actions = jdbc.sql("""
                        select entity_type || ' ' || action from audit_event
                        where entity_type like 'COMMITMENT%' order by id""").query(String.class).list();
        assertThat(actions)
                .containsExactly(
                        "COMMITMENT_LEADS CHANGED",
                        "COMMITMENT_REPORT SAVED",
                        "COMMITMENT_REPORT SUBMITTED",
                        "COMMITMENT_REPORT SENT_BACK",
                        "COMMITMENT_REPORT SUBMITTED",
                        "COMMITMENT_REPORT VALIDATED",
                        "COMMITMENT_REPORT PUBLISHED");
        assertThat(admin.get("/admin/historique").body())
                .contains(
                        "Charte, engagement « etat-5 » : organisations pilotes modifiées",
                        "Charte, engagement « etat-5 » : point d’avancement 2025-S1 publié");
    }

    @Test
    void anEditorOfAnotherOrganisationIsRefusedAndSavesNothing() {
        ansLeadsCommitment5();
        campaign.open();
        CurrentUser cnam = users.editor("CNAM");
        WebSession other = WebSession.signedIn(port, cnam.email(), TestUsers.PASSWORD);

        assertThat(other.get("/espace").body()).doesNotContain("Engagement des pouvoirs publics n° 5");
        assertThat(other.get("/espace/engagements/5").statusCode()).isEqualTo(403);
        HttpResponse<String> post = other.post(
                "/espace/engagements/5", true, "status", "LATE", "narrative", "Pas le nôtre.", "action", "soumettre");
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(reports()).isZero();
    }

    @Test
    void aBadStatusOrATooLongNarrativeIsRefusedNextToItsFieldWithNothingSaved() {
        ansLeadsCommitment5();
        campaign.open();
        WebSession editor = WebSession.signedIn(port, ans.email(), TestUsers.PASSWORD);
        editor.get("/espace/engagements/5");

        HttpResponse<String> badStatus = editor.post(
                "/espace/engagements/5", true, "status", "SUPER", "narrative", "Texte gardé.", "action", "soumettre");
        assertThat(badStatus.statusCode()).isEqualTo(200);
        assertThat(badStatus.body())
                .contains(
                        "fr-fieldset--error",
                        "Choisissez le statut de l’engagement.",
                        ">Texte gard&eacute;.</textarea>");

        HttpResponse<String> tooLong = editor.post(
                "/espace/engagements/5",
                true,
                "status",
                "ON_TRACK",
                "narrative",
                "x".repeat(5001),
                "action",
                "soumettre");
        assertThat(tooLong.statusCode()).isEqualTo(200);
        assertThat(tooLong.body())
                .contains(
                        "id=\"narrative-error\"",
                        "Le point d’avancement dépasse 5 000 caractères : raccourcissez-le.",
                        "href=\"#narrative\"");

        HttpResponse<String> noStatus =
                editor.post("/espace/engagements/5", true, "narrative", "Sans statut.", "action", "soumettre");
        assertThat(noStatus.body()).contains("Choisissez le statut de l’engagement.");
        assertThat(reports()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'COMMITMENT_REPORT'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aStaleVersionWritesNothingAndShowsWhatTheOtherPersonSaved() {
        ansLeadsCommitment5();
        campaign.open();
        WebSession first = WebSession.signedIn(port, ans.email(), TestUsers.PASSWORD);
        first.post(
                "/espace/engagements/5", true, "status", "AT_RISK", "narrative", "Version 0.", "action", "brouillon");
        String opened = version(first.get("/espace/engagements/5"));
        assertThat(first.post(
                                "/espace/engagements/5",
                                true,
                                "status",
                                "AT_RISK",
                                "narrative",
                                "Enregistré par un collègue.",
                                "version",
                                opened,
                                "action",
                                "brouillon")
                        .statusCode())
                .isEqualTo(302);

        HttpResponse<String> stale = first.post(
                "/espace/engagements/5",
                true,
                "status",
                "LATE",
                "narrative",
                "Ma version, partie d’une page ancienne.",
                "version",
                opened,
                "action",
                "brouillon");

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Enregistré par un collègue.", "Ma version, partie d’une page ancienne.");
        assertThat(jdbc.sql("select narrative from commitment_report")
                        .query(String.class)
                        .single())
                .isEqualTo("Enregistré par un collègue.");
    }

    @Test
    void leadsAreTheDnssOnlyForTheStatesCommitmentsWithAnUnknownOrganisationOrAStaleVersionRefused() {
        HttpResponse<String> page = admin.get("/admin/charte/pilotes/5");
        String version = version(page);

        HttpResponse<String> unknown =
                admin.post("/admin/charte/pilotes/5", true, "leads", "INCONNUE", "version", version);
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body())
                .contains(
                        "fr-fieldset--error",
                        "Aucune organisation « INCONNUE » : choisissez parmi les organisations proposées.");

        assertThat(admin.post("/admin/charte/pilotes/5", true, "leads", "ANS", "version", version)
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> stale = admin.post("/admin/charte/pilotes/5", true, "leads", "CNAM", "version", version);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("ANS");

        // the companies' commitments are the signatories' own: no leads, no reports, no page of their own
        assertThat(admin.get("/admin/charte/pilotes").body()).doesNotContain("entreprises n°");
        assertThat(new HttpTestClient(port)
                        .get("/charte/engagements/entreprises-1")
                        .statusCode())
                .isEqualTo(404);
        JsonNode charter =
                json.readTree(new HttpTestClient(port).get("/api/v1/charter").body());
        for (JsonNode commitment : charter.get("commitments")) {
            boolean state = commitment.get("party").asString().equals("STATE");
            assertThat(commitment.get("leads").isNull()).isEqualTo(!state);
        }
        CurrentUser editor = users.editor("ANS");
        assertThat(WebSession.signedIn(port, editor.email(), TestUsers.PASSWORD)
                        .get("/admin/charte/pilotes")
                        .statusCode())
                .isEqualTo(403);
    }
}
