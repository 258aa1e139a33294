package fr.gouv.sante.jalons.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.roadmap.IndicatorEditing;
import fr.gouv.sante.jalons.roadmap.IndicatorsChange;
import fr.gouv.sante.jalons.roadmap.RoadmapEditing;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * Every back-office edit sent from a stale version gets the same 409 page: the saved version next to
 * what the person typed, a way to start again from the saved version, and nothing saved.
 */
@JalonsTest
class StaleVersionPageTests {

    private static final String STALE_TITLE = "Quelqu’un a enregistré cette page pendant que vous la modifiiez";

    @LocalServerPort
    int port;

    @Autowired
    ProgressReview review;

    @Autowired
    RoadmapEditing roadmap;

    @Autowired
    IndicatorEditing indicators;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    CurrentUser admin;
    WebSession session;

    @BeforeEach
    void signIn() {
        admin = users.admin();
        session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
    }

    private RoadmapEditing.ObjectiveStructure structure(String code) {
        return roadmap.structure(admin, ObjectiveCode.parse(code));
    }

    private long objectiveVersion(String code) {
        return structure(code).version();
    }

    private List<String> indicatorNames(String code) {
        return indicators.indicators(admin, ObjectiveCode.parse(code)).indicators().stream()
                .map(IndicatorsChange.Indicator::name)
                .toList();
    }

    private String page(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("stale version").isEqualTo(409);
        String body = HtmlUtils.htmlUnescape(response.body());
        // a back-office page: the header still says who is signed in, not "Espace partenaires"
        assertThat(body).as("signed-in header").contains("Mes objectifs (" + admin.displayName() + ")");
        return body;
    }

    @Test
    void aStaleStructureFormGetsTheSavedStructureAndWhatWasTyped() {
        RoadmapEditing.ObjectiveStructure before = structure("4-2");
        String savedTitle = before.title();

        String body = page(session.post(
                "/admin/objectifs/4-2/structure",
                true,
                "title",
                "Un titre tapé entre-temps",
                "target",
                "Une cible tapée",
                "deadline",
                "2027-12-31",
                "owners",
                "ANS",
                "reason",
                "Motif tapé",
                "version",
                String.valueOf(objectiveVersion("4-2") - 1)));

        assertThat(body)
                .contains(
                        STALE_TITLE,
                        "Version enregistrée",
                        savedTitle,
                        "Votre version (non enregistrée)",
                        "Un titre tapé entre-temps",
                        "Motif tapé",
                        "31 décembre 2027",
                        "href=\"/admin/objectifs/4-2/structure\"",
                        "Repartir de la version enregistrée");
        assertThat(structure("4-2")).isEqualTo(before);
    }

    @Test
    void staleIndicatorsGetTheSavedIndicatorsAndWhatWasTyped() {
        List<String> before = indicatorNames("4-2");

        String body = page(session.post(
                "/admin/objectifs/4-2/indicateurs",
                true,
                "version",
                String.valueOf(objectiveVersion("4-2") + 5),
                "indicators[0].name",
                "Indicateur tapé",
                "indicators[0].unit",
                "unités",
                "indicators[0].direction",
                "INCREASE"));

        assertThat(body).contains(STALE_TITLE, before.get(0), "Indicateur tapé", "Indicateur (ligne 1)");
        assertThat(indicatorNames("4-2")).isEqualTo(before);
    }

    private long submittedReport() {
        campaign.open().submitted(users.editor("ANS"), "3-1", ProgressStatus.ON_TRACK, "Texte soumis par l’ANS.");
        return campaign.version("3-1");
    }

    private String reportState() {
        return campaign.state("3-1") + "|" + campaign.version("3-1");
    }

    @Test
    void aStaleValidationGetsTheSavedReportAndWhoSavedIt() {
        long version = submittedReport();
        String before = reportState();

        String body = page(session.post("/admin/revue/3-1/validation", true, "version", String.valueOf(version - 1)));

        assertThat(body)
                .contains(
                        STALE_TITLE,
                        "Texte soumis par l’ANS.",
                        "Test EDITOR ANS a enregistré",
                        "Soumis",
                        "href=\"/admin/revue/3-1\"");
        assertThat(reportState()).isEqualTo(before).startsWith("SUBMITTED|");
    }

    @Test
    void aStaleSendBackShowsTheCommentTypedBack() {
        long version = submittedReport();
        String before = reportState();

        String body = page(session.post(
                "/admin/revue/3-1/renvoi",
                true,
                "version",
                String.valueOf(version + 1),
                "comment",
                "Précisez le nombre d’applications."));

        assertThat(body)
                .contains(
                        STALE_TITLE,
                        "Texte soumis par l’ANS.",
                        "Commentaire",
                        "Précisez le nombre d’applications.",
                        "href=\"/admin/revue/3-1\"");
        assertThat(reportState()).isEqualTo(before);
    }

    @Test
    void aStaleCorrectionGetsThePublishedReportAndTheTypedCorrection() {
        CorrectionFormView before = published11();
        long version = before.version();

        String body = page(session.post(
                "/admin/corrections/1-1?periode=2024-S2",
                true,
                "status",
                "ON_TRACK",
                "narrative",
                "Une correction tapée.",
                "reason",
                "Coquille.",
                "version",
                String.valueOf(version + 3)));

        assertThat(body)
                .contains(
                        STALE_TITLE,
                        "Une correction tapée.",
                        "Coquille.",
                        before.narrative()
                                .substring(0, Math.min(40, before.narrative().length())),
                        "href=\"/admin/corrections/1-1?periode=2024-S2\"");
        assertThat(published11()).isEqualTo(before);
    }

    private CorrectionFormView published11() {
        return review.correction(admin, ObjectiveCode.parse("1-1"), "2024-S2");
    }
}
