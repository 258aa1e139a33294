package fr.gouv.sante.jalons.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The web module frames every module's answers the same way: public URLs (pages, API, CSV) are
 * cached, back-office ones never; one advice gives every HTML page its 404; only back-office pages
 * know who is signed in.
 */
@JalonsTest
@ExtendWith(OutputCaptureExtension.class)
class WebInfrastructureTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Test
    void everyPublicUrlIsCachedPubliclyWithAnEtag() {
        HttpTestClient http = new HttpTestClient(port);
        for (String path : new String[] {
            "/objectifs/7-3",
            "/axes/2",
            "/organisations/ans",
            "/mentions-legales",
            "/api/v1/objectives/7-3",
            "/opendata/objectives.csv"
        }) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control"))
                    .as(path)
                    .get()
                    .asString()
                    .contains("public", "max-age=60");
            assertThat(response.headers().firstValue("ETag")).as(path).isPresent();
        }
    }

    @Test
    void backOfficeAndErrorAnswersAreNeverCachedPublicly() {
        HttpTestClient http = new HttpTestClient(port);
        HttpResponse<String> login = http.get("/connexion");
        assertThat(login.headers().firstValue("Cache-Control"))
                .get()
                .asString()
                .contains("no-store")
                .doesNotContain("public");
        HttpResponse<String> missing = http.get("/objectifs/99-99");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Cache-Control").orElse("")).doesNotContain("public");
    }

    @Test
    void anUnknownReferenceInAnyPageUrlIsTheFrench404Page() {
        HttpTestClient http = new HttpTestClient(port);
        for (String path : new String[] {
            "/objectifs/99-99", "/objectifs/x", "/axes/9", "/organisations/inconnue", "/bilans/2099-S1"
        }) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(path)
                    .get()
                    .asString()
                    .startsWith("text/html");
            assertThat(response.body()).as(path).contains("lang=\"fr\"");
        }
    }

    @Test
    void aUrlNothingAnswersIsTheFrench404PageWithAtMostOneLogLine(CapturedOutput output) {
        HttpTestClient http = new HttpTestClient(port);
        String unique = UUID.randomUUID().toString();
        for (String path : new String[] {"/page-inconnue-" + unique, "/css/inconnu-" + unique + ".css"}) {
            int before = output.getAll().length();

            HttpResponse<String> response = http.get(path, "Accept", "text/html");

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("lang=\"fr\"");
            String logged = output.getAll().substring(before);
            // a stranger's typo is worth one line in the log, not one per layer that saw it
            assertThat(logged.lines().filter(line -> line.contains(unique)))
                    .as(path)
                    .hasSizeLessThanOrEqualTo(1);
            assertThat(logged.lines().filter(line -> line.contains("PageNotFound")))
                    .as(path)
                    .hasSizeLessThanOrEqualTo(1);
        }
    }

    @Test
    void onlyBackOfficePagesShowWhoIsSignedIn() {
        CurrentUser editor = users.editor("ANS");
        WebSession session = WebSession.signedIn(port, editor.email(), TestUsers.PASSWORD);
        String name = editor.displayName();
        assertThat(session.get("/espace").body()).contains(name);
        // a public page is the same for everyone, signed in or not
        assertThat(session.get("/objectifs/7-3").body()).doesNotContain(name);
    }
}
