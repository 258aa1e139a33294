package fr.gouv.sante.jalons.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.ProgressReview;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Before confirming a publication, the DNS sees each public page it changes as it will be: built
 * from the publication's own writes (then rolled back), marked as a draft, never shown to anyone else
 * nor kept by a cache.
 */
@JalonsTest
class ObjectivePreviewTests {

    private static final String NARRATIVE = "Quarante applications raccordées, vues dans l’aperçu avant publication.";
    private static final Pattern STATUS =
            Pattern.compile("<dt>Statut</dt>\\s*<dd>\\s*<p class=\"fr-badge[^\"]*\">([^<]+)</p>");
    private static final Pattern DRAFT_NOTICE = Pattern.compile(
            "(?s)<div class=\"fr-notice fr-notice--warning fr-mb-3w jalons-draft-notice\">.*?</p>\\s*</div>\\s*</div>\\s*</div>");

    @LocalServerPort
    int port;

    @Autowired
    ProgressReview review;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    HttpTestClient http;
    CurrentUser admin;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        admin = users.admin();
    }

    private void validate31In2025S1() {
        campaign.open().validated(users.editor("ANS"), "3-1", ProgressStatus.ON_TRACK, NARRATIVE);
    }

    @Test
    void thePreviewShowsThePageAsItWillBePublishedWhileThePublicStillSeesThePublishedOne() {
        validate31In2025S1();
        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        assertThat(session.get("/admin/publication").body())
                .contains("href=\"/admin/publication/apercu/3-1\"", "Aperçu de la page de l’objectif 3-1");

        // the preview first, with the public caches empty: it must not fill them with its draft
        HttpResponse<String> preview = session.get("/admin/publication/apercu/3-1");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(preview.headers().firstValue("X-Robots-Tag").orElseThrow()).contains("noindex");
        String draft = preview.body();
        assertThat(draft)
                .contains("Aperçu — non publié", "<meta name=\"robots\" content=\"noindex, nofollow\">", NARRATIVE);
        assertThat(status(draft)).isEqualTo("En bonne voie");

        String before = http.get("/objectifs/3-1").body();
        assertThat(before).doesNotContain(NARRATIVE, "Aperçu — non publié", "noindex");
        assertThat(status(before)).isNotEqualTo("En bonne voie");
        // the preview saved nothing
        assertThat(campaign.publications()).isZero();

        campaign.published();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> http.get("/objectifs/3-1").body().contains(NARRATIVE));
        String after = http.get("/objectifs/3-1").body();
        assertThat(mainText(after))
                .isEqualTo(mainText(DRAFT_NOTICE.matcher(draft).replaceFirst("")));
        assertThat(mainText(draft)).startsWith("Aperçu — non publié");
    }

    @Test
    void onlyAnAdministratorSeesThePreview() {
        validate31In2025S1();
        assertThat(http.get("/admin/publication/apercu/3-1").statusCode()).isIn(302, 401, 403);
        CurrentUser ans = users.editor("ANS");
        HttpResponse<String> editor =
                WebSession.signedIn(port, ans.email(), TestUsers.PASSWORD).get("/admin/publication/apercu/3-1");
        assertThat(editor.statusCode()).isIn(302, 403);
        assertThat(editor.body()).doesNotContain(NARRATIVE);
    }

    @Test
    void anObjectiveThePublicationLeavesAsItIsOrThatDoesNotExistHasNoPreview() {
        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        // no period takes reports: back to the summary's page, which says why
        HttpResponse<String> nothing = session.get("/admin/publication/apercu/3-1");
        assertThat(nothing.statusCode()).isEqualTo(302);

        validate31In2025S1();
        for (String path : List.of(
                "/admin/publication/apercu/1-1", "/admin/publication/apercu/99-9", "/admin/publication/apercu/abc")) {
            assertThat(session.get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    private static String status(String html) {
        Matcher matcher = STATUS.matcher(html);
        assertThat(matcher.find()).as("status badge").isTrue();
        return matcher.group(1).strip();
    }

    /** The page's main content as text: tags dropped, whitespace collapsed. */
    private static String mainText(String html) {
        String main = html.substring(html.indexOf("<main"), html.indexOf("</main>"));
        return main.replaceAll("(?s)<[^>]*>", " ").replaceAll("\\s+", " ").strip();
    }
}
