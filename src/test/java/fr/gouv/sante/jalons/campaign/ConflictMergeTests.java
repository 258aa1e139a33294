package fr.gouv.sante.jalons.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * Two editors of 1-1 (co-led by ANS and CNAM) save the same report, each with a measurement: the
 * second gets a 409 page showing both sides, and the merge form it is given loses nothing unless
 * that person explicitly removes it.
 */
@JalonsTest
class ConflictMergeTests {

    private static final Pattern MERGE_FORM =
            Pattern.compile("<form[^>]*action=\"/espace/objectifs/1-1\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input([^>]*)>");
    private static final Pattern TEXTAREA =
            Pattern.compile("<textarea[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</textarea>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReporting reporting;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    CurrentUser ans;
    CurrentUser cnam;
    WebSession ansSession;
    WebSession cnamSession;
    List<ReportFormView.IndicatorInput> indicators;

    @BeforeEach
    void bothEditorsOpenTheEmptyForm() {
        campaign.open();
        ans = users.editor("ANS");
        cnam = users.editor("CNAM");
        ansSession = WebSession.signedIn(port, ans.email(), TestUsers.PASSWORD);
        cnamSession = WebSession.signedIn(port, cnam.email(), TestUsers.PASSWORD);
        indicators = reporting.editor(ans, ObjectiveCode.parse("1-1")).indicators();
        assertThat(indicators).as("1-1 has two indicators").hasSizeGreaterThanOrEqualTo(2);
    }

    /**
     * ANS saves first with a measurement on the first indicator; CNAM, from the same empty form, on the
     * second. The figures are plausible next to 1-1's published ones, so that no confirmation is asked.
     */
    private HttpResponse<String> cnamLosesTheRace() {
        HttpResponse<String> first = ansSession.post(
                "/espace/objectifs/1-1",
                true,
                "status",
                "ON_TRACK",
                "narrative",
                "Texte de l’ANS.",
                "action",
                "brouillon",
                "measurements[0].indicatorId",
                String.valueOf(indicators.get(0).id()),
                "measurements[0].value",
                "520000052",
                "measurements[0].date",
                "2025-06-15");
        assertThat(first.statusCode()).isEqualTo(302);
        HttpResponse<String> second = cnamDraft(
                "measurements[1].indicatorId",
                String.valueOf(indicators.get(1).id()),
                "measurements[1].value",
                "30000017",
                "measurements[1].date",
                "2025-05-31");
        assertThat(second.statusCode()).as("stale save").isEqualTo(409);
        return second;
    }

    /** CNAM saves a draft of 1-1 (status "à surveiller", its own narrative) with these more fields. */
    private HttpResponse<String> cnamDraft(String... fields) {
        List<String> form = new java.util.ArrayList<>(
                List.of("status", "AT_RISK", "narrative", "Texte de la CNAM.", "action", "brouillon"));
        form.addAll(List.of(fields));
        return cnamSession.post("/espace/objectifs/1-1", true, form.toArray(String[]::new));
    }

    @Test
    void theConflictPageShowsBothSidesWithTheFirstMeasurementAndWhoSavedIt() {
        String page = HtmlUtils.htmlUnescape(cnamLosesTheRace().body());

        assertThat(page)
                .contains(
                        "Version enregistrée",
                        "Votre version (non enregistrée)",
                        "Enregistrée par Test EDITOR ANS le ",
                        "Texte de l’ANS.",
                        "Texte de la CNAM.",
                        "052 ",
                        "au 15 juin 2025",
                        "017 ",
                        "au 31 mai 2025");
        // nothing of CNAM's was saved
        assertThat(narrative()).isEqualTo("Texte de l’ANS.");
        assertThat(measurements()).containsExactly(indicators.get(0).id() + "=520000052@2025-06-15");
    }

    @Test
    void afterTheMergeBothMeasurementsExistAndNothingWasDeleted() {
        HttpResponse<String> conflict = cnamLosesTheRace();
        Long ansMeasurement = campaign.editor("1-1").indicators().get(0).draftId();
        assertThat(ansMeasurement).isNotNull();
        List<String> merge = mergeForm(conflict);

        HttpResponse<String> saved = cnamSession.post("/espace/objectifs/1-1", true, merge.toArray(String[]::new));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(narrative()).isEqualTo("Texte de la CNAM.");
        assertThat(measurements())
                .containsExactlyInAnyOrder(
                        indicators.get(0).id() + "=520000052@2025-06-15",
                        indicators.get(1).id() + "=30000017@2025-05-31");
        assertThat(campaign.editor("1-1").indicators().get(0).draftId())
                .as("ANS's measurement kept its identity")
                .isEqualTo(ansMeasurement);
        assertThat(measurementHistory()).containsExactly("CREATED by " + ans.email(), "CREATED by " + cnam.email());
    }

    @Test
    void theOtherPersonsMeasurementGoesOnlyWhenExplicitlyRemoved() {
        HttpResponse<String> conflict = cnamLosesTheRace();
        List<String> merge = mergeForm(conflict);
        int row = rowOf(merge, indicators.get(0).id());
        merge.addAll(List.of("measurements[" + row + "].remove", "true"));

        HttpResponse<String> saved = cnamSession.post("/espace/objectifs/1-1", true, merge.toArray(String[]::new));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(measurements()).containsExactly(indicators.get(1).id() + "=30000017@2025-05-31");
        assertThat(measurementHistory())
                .containsExactly(
                        "CREATED by " + ans.email(), "DELETED by " + cnam.email(), "CREATED by " + cnam.email());
    }

    @Test
    void aSaveThatDoesNotListASavedMeasurementKeepsIt() {
        cnamLosesTheRace();
        long version = reporting.editor(cnam, ObjectiveCode.parse("1-1")).version();

        // an up-to-date save that only names its own row: the other measurement is not removed by omission
        HttpResponse<String> saved = cnamDraft(
                "version",
                String.valueOf(version),
                "measurements[1].indicatorId",
                String.valueOf(indicators.get(1).id()),
                "measurements[1].value",
                "30000017",
                "measurements[1].date",
                "2025-05-31");

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(measurements())
                .containsExactlyInAnyOrder(
                        indicators.get(0).id() + "=520000052@2025-06-15",
                        indicators.get(1).id() + "=30000017@2025-05-31");
        assertThat(measurementHistory()).containsExactly("CREATED by " + ans.email(), "CREATED by " + cnam.email());
    }

    /** The merge form's fields as a browser would post them, with "Enregistrer le brouillon". */
    private static List<String> mergeForm(HttpResponse<String> conflict) {
        assertThat(conflict.statusCode()).isEqualTo(409);
        Matcher form = MERGE_FORM.matcher(conflict.body());
        assertThat(form.find()).as("merge form").isTrue();
        List<String> fields = new ArrayList<>();
        Matcher input = INPUT.matcher(form.group(1));
        while (input.find()) {
            String attributes = input.group(1);
            String name = attribute(attributes, "name");
            String type = attribute(attributes, "type");
            if (name == null
                    || name.equals("_csrf")
                    || (("radio".equals(type) || "checkbox".equals(type)) && !attributes.contains("checked"))) {
                continue;
            }
            String value = attribute(attributes, "value");
            fields.add(name);
            fields.add(value == null ? "" : HtmlUtils.htmlUnescape(value));
        }
        Matcher textarea = TEXTAREA.matcher(form.group(1));
        while (textarea.find()) {
            fields.add(textarea.group(1));
            fields.add(HtmlUtils.htmlUnescape(textarea.group(2)));
        }
        fields.addAll(List.of("action", "brouillon"));
        return fields;
    }

    private static String attribute(String attributes, String name) {
        Matcher matcher = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(attributes);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static int rowOf(List<String> fields, long indicatorId) {
        for (int i = 0; i < fields.size(); i += 2) {
            if (fields.get(i).endsWith(".indicatorId") && fields.get(i + 1).equals(String.valueOf(indicatorId))) {
                String name = fields.get(i);
                return Integer.parseInt(name.substring(name.indexOf('[') + 1, name.indexOf(']')));
            }
        }
        throw new AssertionError("no row for indicator " + indicatorId + " in " + fields);
    }

    private String narrative() {
        return campaign.editor("1-1").narrative();
    }

    /** Every measurement row of 1-1's reports: the merge is about rows kept, never deleted or doubled. */
    private List<String> measurements() {
        return jdbc.sql("""
                select m.indicator_id || '=' || trim_scale(m.value) || '@' || m.measured_on from measurement m
                join progress_report r on r.id = m.report_id join objective o on o.id = r.objective_id
                where o.code = '1-1' order by m.id""").query(String.class).list();
    }

    private List<String> measurementHistory() {
        return jdbc.sql("""
                select a.action || ' by ' || substring(a.actor_label from '<([^>]+)>') from audit_event a join objective o on o.id = a.objective_id
                where a.entity_type = 'MEASUREMENT' and o.code = '1-1' order by a.id""").query(String.class).list();
    }
}
