package fr.gouv.sante.jalons.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.roadmap.RoadmapEditing;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.support.CampaignFixture;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * What a person sees when a back-office form is refused: every mistake at once, each next to its
 * field and in a summary in the form's order, in words that say what is wrong; and what a form gives
 * back is what was typed (a French decimal stays French). A draft may be incomplete.
 */
@JalonsTest
class FormFeedbackTests {

    private static final Pattern SUMMARY_LINK = Pattern.compile("<li>\\s*<a href=\"#([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RoadmapEditing roadmap;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    CurrentUser admin;
    WebSession session;
    /** Reports are written by the lead organisation's editor, as in a campaign. */
    WebSession editor;

    @BeforeEach
    void setUp() {
        admin = users.admin();
        campaign.open();
        session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        editor = WebSession.signedIn(port, users.editor("ANS").email(), TestUsers.PASSWORD);
    }

    @Test
    void theEmptyAccountFormReportsEveryMissingFieldInTheFormsOrder() {
        HttpResponse<String> response =
                post("/admin/utilisateurs", Map.of("email", "", "displayName", "", "role", "", "organisation", ""));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(summaryLinks(response.body())).containsExactly("email", "displayName", "role");
        assertThat(response.body())
                .contains(
                        "id=\"email-error\"",
                        "id=\"displayName-error\"",
                        "Saisissez une seule adresse électronique",
                        "Saisissez un nom (120 caractères au plus).",
                        "Choisissez un rôle.");

        response = post(
                "/admin/utilisateurs",
                Map.of("email", "pas-une-adresse", "displayName", "", "role", "EDITOR", "organisation", ""));
        assertThat(summaryLinks(response.body())).containsExactly("email", "displayName", "organisation");
    }

    @Test
    void theStructureFormShowsEachErrorNextToItsFieldAndTheSummaryInTheFormsOrder() {
        RoadmapEditing.ObjectiveStructure before = structureOf("1-1");
        HttpResponse<String> response = post(
                "/admin/objectifs/1-1/structure",
                structure(Map.of("title", "T".repeat(201), "target", "", "owners", "DNS, NASA, ans, Foo")));
        assertThat(response.statusCode()).isEqualTo(200);
        String body = HtmlUtils.htmlUnescape(response.body());
        assertThat(summaryLinks(response.body())).containsExactly("title", "target", "owners");
        assertThat(body)
                .contains(
                        "id=\"title-error\"",
                        "id=\"target-error\"",
                        "id=\"owners-error\"",
                        "Le titre dépasse 200 caractères : raccourcissez-le.",
                        "Décrivez la cible.",
                        "Organisations inconnues : NASA, Foo.",
                        // what was typed is kept
                        "value=\"DNS, NASA, ans, Foo\"")
                .doesNotContain("Le titre est obligatoire");
        assertThat(structureOf("1-1")).isEqualTo(before);

        response = post("/admin/objectifs/1-1/structure", structure(Map.of("title", " ")));
        assertThat(HtmlUtils.htmlUnescape(response.body())).contains("Indiquez le titre court.");
        assertThat(structureOf("1-1")).isEqualTo(before);
    }

    @Test
    void lowercaseAcronymsNameTheirOrganisations() {
        HttpResponse<String> response =
                post("/admin/objectifs/1-1/structure", structure(Map.of("owners", "dns, Cnam , ans")));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(HtmlUtils.htmlUnescape(
                        session.get("/admin/objectifs/1-1/structure").body()))
                .contains("L’objectif est modifié.")
                .doesNotContain("inconnue");
        assertThat(structureOf("1-1").ownerAcronyms()).containsExactly("DNS", "CNAM", "ANS");
    }

    @Test
    void theSendBackCommentErrorIsShownNextToTheComment() {
        HttpResponse<String> submitted =
                post(editor, "/espace/objectifs/3-1", report("ON_TRACK", "Texte valide.", "soumettre"));
        assertThat(submitted.statusCode()).isEqualTo(302);
        // who submitted it is named with the role in French, never its code
        assertThat(session.get("/admin/revue/3-1").body())
                .contains("(Contributeur, ANS)")
                .doesNotContain("(EDITOR, ANS)");
        HttpResponse<String> response = post(
                "/admin/revue/3-1/renvoi", Map.of("comment", " ", "version", String.valueOf(reportVersion("3-1"))));
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/admin/revue/3-1#comment");
        String page = session.get("/admin/revue/3-1").body();
        assertThat(page)
                .containsPattern("<textarea[^>]*id=\"comment\"[^>]*aria-describedby=\"comment-error\"")
                .contains("id=\"comment-error\"");
        // the message sits right after its field, not in an alert at the top of the page
        int field = page.indexOf("id=\"comment\"");
        int error = page.indexOf("id=\"comment-error\"");
        assertThat(error).isGreaterThan(field);
        assertThat(page.substring(field, error)).doesNotContain("<form", "<h2");
    }

    @Test
    void aFrenchDecimalComesBackAsTyped() {
        HttpResponse<String> response =
                post(editor, "/espace/objectifs/3-1", report("ON_TRACK", "Texte valide.", "brouillon"));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(editor.get("/espace/objectifs/3-1").body())
                .contains("value=\"1,5\"")
                .doesNotContain("value=\"1.5\"");
    }

    @Test
    void anImplausibleFigureIsRefusedWithWhatIsWrongAndNothingIsSaved() {
        List<Long> percentages = campaign.editor("6-1").indicators().stream()
                .filter(indicator -> indicator.unit().equals("%"))
                .map(ReportFormView.IndicatorInput::id)
                .toList();
        assertThat(percentages).hasSize(1);
        long percentage = percentages.get(0);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("status", "ON_TRACK");
        fields.put("narrative", "Texte valide.");
        fields.put("measurements[0].indicatorId", String.valueOf(percentage));
        fields.put("measurements[0].value", "33000");
        fields.put("measurements[0].date", "2025-05-31");
        fields.put("action", "brouillon");
        HttpResponse<String> response = post(session, "/espace/objectifs/6-1", fields);
        assertThat(response.statusCode()).isEqualTo(200);
        String page = HtmlUtils.htmlUnescape(response.body());
        assertThat(page).contains("Un pourcentage doit être compris entre 0 et 100.");
        assertThat(page.indexOf("id=\"measurements0-value-error\"")).isPositive();

        fields.put("measurements[0].value", "99999999999999999999999");
        page = HtmlUtils.htmlUnescape(
                post(session, "/espace/objectifs/6-1", fields).body());
        assertThat(page).contains("La valeur est trop grande").doesNotContain("La valeur doit être un nombre");
        assertThat(jdbc.sql("select count(*) from measurement where indicator_id = ?")
                        .param(percentage)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aTenfoldMoveOrAFallOfAGrowingIndicatorMustBeConfirmedWithATickBox() {
        Map<String, String> fields = report("ON_TRACK", "Texte valide.", "brouillon");
        fields.remove("measurements[0].confirmed");
        fields.put("measurements[0].value", "400");
        HttpResponse<String> response = post(editor, "/espace/objectifs/3-1", fields);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(response.body()).replace('\u202f', ' '))
                .contains(
                        "La valeur a été multipliée par plus de 10 depuis la dernière valeur publiée (36 applications)"
                                + " : cochez la case pour confirmer.",
                        "type=\"checkbox\" id=\"measurements[0].confirmed\"");

        fields.put("measurements[0].value", "30");
        assertThat(HtmlUtils.htmlUnescape(
                        post(editor, "/espace/objectifs/3-1", fields).body()))
                .contains("La valeur est inférieure à la dernière valeur publiée (36 applications)");
        assertThat(campaign.editor("3-1").version()).as("no report saved").isNull();

        // an increase is a change, not a total: it is never compared with the previous total
        fields.put("measurements[0].qualifier", "INCREASE");
        fields.put("measurements[0].value", "3");
        assertThat(post(editor, "/espace/objectifs/3-1", fields).statusCode()).isEqualTo(302);

        fields.put("measurements[0].qualifier", "EXACT");
        fields.put("measurements[0].value", "400");
        fields.put("measurements[0].confirmed", "true");
        fields.put("version", String.valueOf(reportVersion("3-1")));
        assertThat(post(editor, "/espace/objectifs/3-1", fields).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("""
                        select m.value from measurement m join progress_report r on r.id = m.report_id
                        join objective o on o.id = r.objective_id where o.code = '3-1'""").query(java.math.BigDecimal.class).single()).isEqualByComparingTo("400");
    }

    @Test
    void aDraftMayLackItsStatusAndNarrativeButASubmissionMayNot() {
        Map<String, String> fields = report("", "", "brouillon");
        HttpResponse<String> response = post(editor, "/espace/objectifs/3-1", fields);
        assertThat(response.statusCode()).isEqualTo(302);
        ReportFormView draft = campaign.editor("3-1");
        assertThat(draft.state()).isEqualTo(ReportState.DRAFT);
        assertThat(draft.status()).isNull();
        assertThat(draft.narrative()).isEmpty();
        assertThat(editor.get("/espace/objectifs/3-1").body()).contains("value=\"1,5\"");

        fields = report("", "", "soumettre");
        fields.put("version", String.valueOf(reportVersion("3-1")));
        response = post(editor, "/espace/objectifs/3-1", fields);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(response.body()))
                .contains("Choisissez le statut de l’objectif.", "Rédigez le point d’avancement.");
        assertThat(campaign.state("3-1")).isEqualTo(ReportState.DRAFT);
    }

    @Test
    void onAPhoneEveryBackOfficeTableShowsEachValueUnderItsColumnsName() {
        for (String path : List.of(
                "/espace",
                "/admin/campagne/organisations",
                "/admin/campagne/rapports",
                "/admin/utilisateurs",
                "/admin/publication")) {
            String page = session.get(path).body();
            Matcher table = Pattern.compile("(?s)<div class=\"fr-table([^\"]*)\"[^>]*>\\s*<table.*?</table>")
                    .matcher(page);
            int tables = 0;
            while (table.find()) {
                tables++;
                assertThat(table.group(1)).as(path).contains("jalons-stack");
                String body = table.group().substring(table.group().indexOf("<tbody>"));
                assertThat(body).as(path).doesNotContainPattern("<td(?![^>]*data-label=)[^>]*>");
            }
            assertThat(tables).as(path).isPositive();
        }
        assertThat(session.get("/espace").body()).contains("data-label=\"État\"");
    }

    private Map<String, String> structure(Map<String, String> changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Alimentation de Mon espace santé");
        RoadmapEditing.ObjectiveStructure saved = structureOf("1-1");
        fields.put("target", saved.target());
        fields.put("deadline", "2026");
        fields.put("owners", "DNS, CNAM, ANS");
        fields.put("reason", "");
        fields.put("version", String.valueOf(saved.version()));
        fields.putAll(changes);
        return fields;
    }

    private Map<String, String> report(String status, String narrative, String action) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (!status.isEmpty()) {
            fields.put("status", status);
        }
        fields.put("narrative", narrative);
        fields.put("measurements[0].indicatorId", String.valueOf(campaign.indicator("3-1")));
        fields.put("measurements[0].value", "1,5");
        fields.put("measurements[0].date", "2025-05-31");
        // 1,5 after 36 is a fall of more than tenfold: confirmed, as the person would
        fields.put("measurements[0].confirmed", "true");
        fields.put("action", action);
        return fields;
    }

    private long reportVersion(String code) {
        return campaign.version(code);
    }

    private RoadmapEditing.ObjectiveStructure structureOf(String code) {
        return roadmap.structure(admin, ObjectiveCode.parse(code));
    }

    private static List<String> summaryLinks(String html) {
        int start = html.indexOf("id=\"errors\"");
        assertThat(start).as("an error summary").isPositive();
        String summary = html.substring(start, html.indexOf("</ul>", start));
        Matcher link = SUMMARY_LINK.matcher(summary);
        List<String> fields = new ArrayList<>();
        while (link.find()) {
            fields.add(link.group(1));
        }
        return fields;
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) {
        return session.post(path, fields);
    }

    private static HttpResponse<String> post(WebSession session, String path, Map<String, String> fields) {
        return session.post(path, fields);
    }
}
