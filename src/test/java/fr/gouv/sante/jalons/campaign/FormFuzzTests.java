package fr.gouv.sante.jalons.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.roadmap.IndicatorEditing;
import fr.gouv.sante.jalons.roadmap.IndicatorsChange;
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
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every field of every back-office form, fuzzed with long, empty, control-character, HTML, script and
 * odd Unicode input: the answer is a form error or safe output, never a 500 or a stack trace, and a
 * refused request saves nothing at all.
 */
@JalonsTest
class FormFuzzTests {

    static final List<String> HOSTILE = List.of(
            "",
            " ",
            "\t\n",
            "x".repeat(6000),
            "\u0000",
            "a\u0007b",
            "\u202eabc",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "' or 1=1 --",
            "😀🏥",
            "%00%27",
            "-5",
            "1e9999",
            "NaN",
            "1,2,3",
            "99999999999999999999999",
            "0,001",
            "2025-02-30",
            "31/12/2025",
            "0001-01-01",
            "+999999-12-31",
            "null",
            "[]",
            "{}",
            "../../etc/passwd");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReview review;

    @Autowired
    IndicatorEditing indicators;

    @Autowired
    RoadmapEditing roadmap;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    CurrentUser admin;
    WebSession session;

    @BeforeEach
    void setUp() {
        admin = users.admin();
        campaign.open();
        session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
    }

    private String state() {
        return jdbc.sql("""
                select coalesce((select string_agg(r.state || ':' || r.version || ':' || md5(r.narrative), ',' order by r.id)
                                 from progress_report r), '') || '|' ||
                       (select count(*) from measurement) || '|' || (select count(*) from published_revision) || '|' ||
                       (select string_agg(code || ':' || state, ',' order by id) from reporting_period) || '|' ||
                       (select string_agg(code || ':' || version || ':' || md5(title || target), ',' order by id) from objective) || '|' ||
                       (select count(*) from app_user) || '|' || (select count(*) from objective_baseline)""").query(String.class).single();
    }

    /** The version of the open period's report, -1 while there is none. */
    private long reportVersion(String code) {
        Long version = campaign.editor(code).version();
        return version == null ? -1 : version;
    }

    private long publishedVersion(String code, String period) {
        return review.correction(admin, ObjectiveCode.parse(code), period).version();
    }

    private IndicatorsChange indicatorsOf(String code) {
        return indicators.indicators(admin, ObjectiveCode.parse(code));
    }

    /** A form with valid values, one of which a test replaces. */
    record Form(String path, Function<FormFuzzTests, Map<String, String>> valid) {}

    private Map<String, Form> forms() {
        Map<String, Form> forms = new LinkedHashMap<>();
        forms.put("report", new Form("/espace/objectifs/3-1", t -> {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("status", "ON_TRACK");
            fields.put("narrative", "Texte valide.");
            long version = t.reportVersion("3-1");
            if (version >= 0) {
                fields.put("version", String.valueOf(version));
            }
            fields.put("measurements[0].indicatorId", String.valueOf(t.campaign.indicator("3-1")));
            fields.put("measurements[0].value", "42");
            fields.put("measurements[0].date", "2025-05-31");
            // the saved draft measurement's identity, and the merge form's explicit removal
            Long draft = t.campaign.editor("3-1").indicators().get(0).draftId();
            fields.put("measurements[0].id", draft == null ? "" : String.valueOf(draft));
            fields.put("measurements[0].remove", "false");
            fields.put("action", "brouillon");
            return fields;
        }));
        forms.put(
                "send back",
                new Form(
                        "/admin/revue/3-1/renvoi",
                        t -> new LinkedHashMap<>(Map.of(
                                "comment",
                                "À préciser.",
                                "version",
                                String.valueOf(Math.max(0, t.reportVersion("3-1")))))));
        forms.put(
                "correction",
                new Form(
                        "/admin/corrections/1-1?periode=2024-S2",
                        t -> new LinkedHashMap<>(Map.of(
                                "status",
                                "ON_TRACK",
                                "narrative",
                                "Texte corrigé.",
                                "reason",
                                "Coquille",
                                "version",
                                String.valueOf(t.publishedVersion("1-1", "2024-S2"))))));
        forms.put(
                "structure",
                new Form(
                        "/admin/objectifs/1-1/structure",
                        t -> new LinkedHashMap<>(Map.of(
                                "title",
                                "Alimentation de Mon espace santé",
                                "target",
                                t.roadmap
                                        .structure(t.admin, ObjectiveCode.parse("1-1"))
                                        .target(),
                                "deadline",
                                "2026",
                                "owners",
                                "DNS, CNAM, ANS",
                                "reason",
                                "",
                                "version",
                                String.valueOf(t.roadmap
                                        .structure(t.admin, ObjectiveCode.parse("1-1"))
                                        .version())))));
        forms.put("indicators", new Form("/admin/objectifs/4-2/indicateurs", t -> {
            Map<String, String> fields = new LinkedHashMap<>();
            IndicatorsChange saved = t.indicatorsOf("4-2");
            fields.put("version", String.valueOf(saved.version()));
            fields.put(
                    "indicators[0].id", String.valueOf(saved.indicators().get(0).id()));
            fields.put("indicators[0].name", "Médiateurs formés au numérique en santé");
            fields.put("indicators[0].unit", "médiateurs");
            fields.put("indicators[0].direction", "INCREASE");
            fields.put("indicators[1].name", "Nouvel indicateur");
            fields.put("indicators[1].unit", "unités");
            fields.put("indicators[1].direction", "INCREASE");
            fields.put("targets[0].dueDate", "2026-06-30");
            fields.put("targets[0].description", "Former 10 000 médiateurs au numérique en santé");
            fields.put("targets[0].indicator", "1");
            fields.put("targets[0].value", "10000");
            return fields;
        }));
        forms.put(
                "user",
                new Form(
                        "/admin/utilisateurs",
                        t -> new LinkedHashMap<>(Map.of(
                                "email",
                                "fuzz@test.jalons",
                                "displayName",
                                "fuzz",
                                "role",
                                "READER",
                                "organisation",
                                "ANS"))));
        forms.put(
                "campaign",
                new Form(
                        "/admin/campagne",
                        t -> new LinkedHashMap<>(Map.of("period", "2025-S2", "dueOn", "2025-12-31"))));
        return forms;
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) {
        return session.post(path, fields);
    }

    @Test
    void everyFieldOfEveryFormSurvivesHostileInput() {
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Map.Entry<String, Form> form : forms().entrySet()) {
            for (String field : form.getValue().valid().apply(this).keySet()) {
                for (String value : HOSTILE) {
                    Map<String, String> fields = form.getValue().valid().apply(this);
                    fields.put(field, value);
                    HttpResponse<String> response = post(form.getValue().path(), fields);
                    requests++;
                    String what = form.getKey() + "." + field + "=" + abbreviate(value);
                    check(what, response, failures);
                    // a redirect shows the outcome (or the error) on the next page: check that one too
                    String location = response.headers().firstValue("Location").orElse(null);
                    if (response.statusCode() == 302 && location != null) {
                        check(
                                what + " (after redirect)",
                                session.get(location.replace("http://localhost:" + port, "")),
                                failures);
                    }
                }
            }
        }
        assertThat(requests).isGreaterThan(500);
        assertThat(failures).isEmpty();
    }

    private static void check(String what, HttpResponse<String> response, List<String> failures) {
        if (response.statusCode() >= 500
                || response.body().contains("Exception")
                || response.body().contains("at fr.gouv")
                || response.body().contains("Whitelabel")) {
            failures.add(what + " -> " + response.statusCode());
        }
        if (response.body().contains("<script>alert(1)</script>")
                || response.body().contains("<img src=x onerror")) {
            failures.add(what + " -> unescaped markup in the page");
        }
    }

    @Test
    void aReportWithOneBadMeasurementSavesNothingAndKeepsTheInput() {
        String before = state();
        Map<String, String> fields = forms().get("report").valid().apply(this);
        fields.put("narrative", "Un texte a garder tel quel.");
        fields.put("measurements[0].value", "-3");
        HttpResponse<String> response = post("/espace/objectifs/3-1", fields);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains(
                        "Le formulaire contient des erreurs",
                        "La valeur doit être positive ou nulle.",
                        "Un texte a garder tel quel.",
                        "value=\"-3\"");
        assertThat(state()).isEqualTo(before);

        fields.put("measurements[0].value", "42");
        fields.put("measurements[0].date", "2024-12-31");
        response = post("/espace/objectifs/3-1", fields);
        assertThat(response.body()).contains("La date doit être comprise dans la période de la campagne.");
        assertThat(state()).isEqualTo(before);

        fields.put("measurements[0].date", "2025-05-31");
        fields.put("narrative", "");
        // a draft may lack its narrative: a submission may not
        fields.put("action", "soumettre");
        response = post("/espace/objectifs/3-1", fields);
        assertThat(response.body()).contains("Rédigez le point d’avancement.", "value=\"42\"");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aStructureChangeWithOneBadFieldChangesNothing() {
        String before = state();
        Map<String, String> fields = forms().get("structure").valid().apply(this);
        fields.put("title", "Un nouveau titre");
        fields.put("owners", "DNS, NASA");
        HttpResponse<String> response = post("/admin/objectifs/1-1/structure", fields);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Organisation inconnue : NASA.", "Un nouveau titre", "DNS, NASA");
        assertThat(state()).isEqualTo(before);

        fields = forms().get("structure").valid().apply(this);
        fields.put("deadline", "2027-12-31");
        assertThat(post("/admin/objectifs/1-1/structure", fields).body()).contains("indiquez le motif");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aTamperedHiddenFieldGetsTheFrenchErrorPageWithAnIncidentNumber() {
        HttpResponse<String> response = post("/admin/revue/3-1/validation", Map.of("version", "pas-un-nombre"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains(
                        "<html lang=\"fr\"",
                        "Une erreur est survenue",
                        "Erreur 400",
                        "communiquez ce numéro d’incident")
                .doesNotContain("Exception", "Whitelabel", "at org.");
    }

    @Test
    void aPreviewKeepsTheLimitsOfTheSaveAndRendersNoOversizedText() {
        String before = state();
        Map<String, String> fields = forms().get("report").valid().apply(this);
        fields.put("narrative", "**Rendu-du-texte** " + "x".repeat(ReportCommand.MAX_NARRATIVE_LENGTH));
        fields.put("action", "apercu");
        HttpResponse<String> response = post("/espace/objectifs/3-1", fields);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains(
                        "Le formulaire contient des erreurs",
                        "id=\"narrative-error\"",
                        "Le point d’avancement dépasse 5 000 caractères")
                .doesNotContain("<strong>Rendu-du-texte</strong>");

        fields.put("narrative", "**Rendu-du-texte** et un non-caractère \uFFFF");
        assertThat(post("/espace/objectifs/3-1", fields).body())
                .contains("id=\"narrative-error\"")
                .doesNotContain("<strong>Rendu-du-texte</strong>");

        fields.put("narrative", "**Rendu-du-texte** dans la limite");
        assertThat(post("/espace/objectifs/3-1", fields).body())
                .contains("<strong>Rendu-du-texte</strong>")
                .doesNotContain("id=\"narrative-error\"");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aFormBodyFarLargerThanAnyFormNeedsIsRefusedWithAFrench413() {
        String before = state();
        Map<String, String> fields = forms().get("report").valid().apply(this);
        fields.put("narrative", "**Rendu-du-texte** " + "x".repeat(500_000));
        fields.put("action", "apercu");
        HttpResponse<String> response = post("/espace/objectifs/3-1", fields);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body())
                .contains("<html lang=\"fr\"", "Formulaire trop volumineux")
                .doesNotContain("Rendu-du-texte", "Exception", "Whitelabel");
        fields.put("action", "brouillon");
        assertThat(post("/espace/objectifs/3-1", fields).statusCode()).isEqualTo(413);
        assertThat(state()).isEqualTo(before);
        // the largest legitimate report (every character of the narrative escaped three times) still passes
        fields = forms().get("report").valid().apply(this);
        fields.put("narrative", "é".repeat(ReportCommand.MAX_NARRATIVE_LENGTH));
        fields.put("action", "apercu");
        assertThat(post("/espace/objectifs/3-1", fields).statusCode()).isEqualTo(200);
    }

    @Test
    void aVersionThatIsNotANumberIsABadRequestOnEveryFormThatCarriesOne() {
        String before = state();
        for (String form : List.of("report", "correction", "indicators", "structure", "send back")) {
            Map<String, String> fields = forms().get(form).valid().apply(this);
            fields.put("version", "abc");
            HttpResponse<String> response = post(forms().get(form).path(), fields);
            assertThat(response.statusCode()).as(form).isEqualTo(400);
            assertThat(response.body())
                    .as(form)
                    .contains("<html lang=\"fr\"", "Erreur 400")
                    .doesNotContain("Exception", "Whitelabel");
        }
        Map<String, String> fields = forms().get("report").valid().apply(this);
        fields.put("measurements[0].indicatorId", "abc");
        assertThat(post("/espace/objectifs/3-1", fields).statusCode()).isEqualTo(400);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void anAccountWithOneBadFieldIsNotCreated() {
        String before = state();
        Map<String, String> fields = forms().get("user").valid().apply(this);
        fields.put("organisation", "");
        HttpResponse<String> response = post("/admin/utilisateurs", fields);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Choisissez l’organisation de ce contributeur ou lecteur.", "fuzz@test.jalons");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void theCampaignFormKeepsWhatWasTypedAndShowsTheErrorNextToItsField() {
        // the form opens a campaign when none is: the opening made by setUp is cancelled
        review.cancelOpening(admin, campaign.periodVersion());
        String before = state();
        HttpResponse<String> response =
                post("/admin/campagne", new LinkedHashMap<>(Map.of("period", "2025-S9", "dueOn", "2025-12-31")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains(
                        "Le formulaire contient des erreurs",
                        "href=\"#period\"",
                        "id=\"period-error\"",
                        "value=\"2025-S9\"",
                        "value=\"2025-12-31\"");
        response = post("/admin/campagne", new LinkedHashMap<>(Map.of("period", "2025-S2", "dueOn", "31/12/2025")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"dueOn-error\"", "value=\"2025-S2\"");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aCorrectionWithoutReasonKeepsWhatWasTypedAndShowsTheErrorNextToItsField() {
        String before = state();
        Map<String, String> fields = forms().get("correction").valid().apply(this);
        fields.put("narrative", "Un texte corrigé à garder.");
        fields.put("reason", "");
        HttpResponse<String> response = post("/admin/corrections/1-1?periode=2024-S2", fields);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Le formulaire contient des erreurs", "href=\"#reason\"", "id=\"reason-error\"");
        // what was typed is back in the textarea (Spring's form tags may write accents as entities)
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(response.body()))
                .contains("Un texte corrigé à garder.");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void everyBadMeasurementRowIsReportedNextToItsRow() {
        String before = state();
        List<Long> ids = campaign.editor("1-1").indicators().stream()
                .map(indicator -> indicator.id())
                .toList();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("status", "ON_TRACK");
        fields.put("narrative", "Texte valide.");
        fields.put("measurements[0].indicatorId", String.valueOf(ids.get(0)));
        fields.put("measurements[0].value", "pas un nombre");
        fields.put("measurements[0].date", "2025-05-31");
        fields.put("measurements[1].indicatorId", String.valueOf(ids.get(1)));
        fields.put("measurements[1].value", "-3");
        fields.put("measurements[1].date", "2025-05-31");
        HttpResponse<String> response = post("/espace/objectifs/1-1", fields);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains(
                        "id=\"measurements0-value-error\"",
                        "id=\"measurements1-value-error\"",
                        "href=\"#measurements[0].value\"",
                        "href=\"#measurements[1].value\"",
                        "value=\"pas un nombre\"",
                        "value=\"-3\"");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void handMadeIndexesPathAndQueryParametersAreNeverA500() {
        String before = state();
        List<String> failures = new ArrayList<>();
        for (String index : List.of("64", "99999", "-1", "x", "2147483648", "")) {
            for (String path : List.of("/espace/objectifs/3-1", "/admin/objectifs/4-2/indicateurs")) {
                Map<String, String> fields = forms().get(path.startsWith("/espace") ? "report" : "indicators")
                        .valid()
                        .apply(this);
                String list = path.startsWith("/espace") ? "measurements" : "indicators";
                fields.put(list + "[" + index + "]." + (path.startsWith("/espace") ? "value" : "name"), "7");
                HttpResponse<String> response = post(path, fields);
                check(path + " " + list + "[" + index + "]", response, failures);
                if (response.statusCode() != 400 && response.statusCode() != 200) {
                    failures.add(path + " " + list + "[" + index + "] -> " + response.statusCode());
                }
            }
        }
        assertThat(state()).isEqualTo(before);
        for (String periode : List.of("2024-S2%0D%0ALocation:%20x", "2024-S2%0A", "x", "%E2%80%AE", "9999999999-S1")) {
            check("correction periode " + periode, session.get("/admin/corrections/1-1?periode=" + periode), failures);
            check(
                    "correction post periode " + periode,
                    session.post(
                            "/admin/corrections/1-1?periode=" + periode,
                            true,
                            "status",
                            "ON_TRACK",
                            "narrative",
                            "x",
                            "reason",
                            "y",
                            "version",
                            "0"),
                    failures);
        }
        for (String code : List.of("x", "1-99999999999", "-1", "1-1%0A", "%00", "1--1")) {
            for (String path :
                    List.of("/espace/objectifs/", "/admin/revue/", "/admin/corrections/", "/admin/objectifs/")) {
                String suffix = path.equals("/admin/objectifs/") ? "/historique" : "";
                check(path + code, session.get(path + code + suffix), failures);
            }
            check("structure " + code, session.get("/admin/objectifs/" + code + "/structure"), failures);
            check("indicators " + code, session.get("/admin/objectifs/" + code + "/indicateurs"), failures);
        }
        for (String version : List.of("x", "", "99999999999999999999", "-1", "1.5")) {
            for (String path : List.of(
                    "/admin/revue/3-1/validation",
                    "/admin/revue/3-1/renvoi",
                    "/admin/objectifs/1-1/structure",
                    "/admin/objectifs/4-2/indicateurs",
                    "/espace/objectifs/3-1",
                    "/admin/corrections/1-1?periode=2024-S2")) {
                HttpResponse<String> response = session.post(path, true, "version", version, "comment", "x");
                check(path + " version=" + version, response, failures);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(state()).isEqualTo(before);
    }

    private static String abbreviate(String value) {
        String shown = value.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 20 ? shown.substring(0, 20) + "…" : shown;
    }
}
