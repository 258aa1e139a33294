package fr.gouv.sante.jalons.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A visitor who only looks at the sign-in page or a password link costs no session row: sessions are
 * stored in PostgreSQL, so anyone requesting those pages in a loop would otherwise fill the table.
 * The forms they show still carry a CSRF token, and a session starts when someone signs in.
 */
@JalonsTest
class AnonymousSessionTests {

    static final int VISITS = 40;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Test
    void anonymousVisitsOfTheSignInAndPasswordPagesCreateNoSession() {
        long before = sessions();
        for (String path :
                new String[] {"/connexion", "/mot-de-passe-oublie", "/invitation/x", "/mot-de-passe/x", "/"}) {
            for (int i = 0; i < VISITS; i++) {
                HttpResponse<String> response = new WebSession(port).get(path);
                assertThat(response.statusCode()).as(path).isIn(200, 404, 410);
                assertThat(response.headers().allValues("Set-Cookie"))
                        .as(path)
                        .noneMatch(cookie -> cookie.startsWith("JALONS_SESSION="));
            }
        }
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void theSignInFormStillNeedsItsCsrfTokenAndSigningInStartsOneSession() {
        String email = users.admin().email();
        WebSession withoutToken = new WebSession(port);
        withoutToken.get("/connexion");
        HttpResponse<String> refused =
                withoutToken.post("/connexion", false, "email", email, "password", TestUsers.PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(403);

        long before = sessions();
        WebSession session = WebSession.signedIn(port, email, TestUsers.PASSWORD);
        assertThat(session.get("/espace").statusCode()).isEqualTo(200);
        assertThat(sessions()).isEqualTo(before + 1);
        assertThat(session.post("/deconnexion", true).statusCode()).isEqualTo(302);
        assertThat(session.get("/espace").statusCode()).isEqualTo(302);
    }

    @Test
    void theForgottenPasswordFormWorksWithTheTokenOfAPageThatStartedNoSession() {
        WebSession visitor = new WebSession(port);
        assertThat(visitor.get("/mot-de-passe-oublie").body()).contains("name=\"_csrf\"");
        HttpResponse<String> response = visitor.post("/mot-de-passe-oublie", true, "email", "personne@test.jalons");
        assertThat(response.statusCode()).isIn(200, 302);
        HttpResponse<String> forged =
                new WebSession(port).post("/mot-de-passe-oublie", false, "email", "x@test.jalons");
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void theSignOutFormOfTheAccessDeniedPageCarriesAValidToken() {
        String email = users.editor("ANS").email();
        WebSession session = WebSession.signedIn(port, email, TestUsers.PASSWORD);
        // an objective the ANS does not lead: the 403 page, with the header's sign-out form
        assertThat(session.get("/espace/objectifs/1-2").statusCode()).isEqualTo(403);
        HttpResponse<String> signedOut = session.post("/deconnexion", true);
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location").orElseThrow()).contains("/connexion?deconnecte");
    }

    @Test
    void publicPagesSetNoCookieAtAll() {
        for (String path : new String[] {"/", "/objectifs/7-3", "/objectifs/99-99", "/bilans"}) {
            HttpResponse<String> response = new WebSession(port).get(path);
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    private long sessions() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }
}
