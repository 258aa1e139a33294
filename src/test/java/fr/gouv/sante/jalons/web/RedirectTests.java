package fr.gouv.sante.jalons.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Redirects name a path, never the host a request gave (whoever sends the request chooses it). */
@JalonsTest
class RedirectTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Test
    void aSignedOutVisitorIsSentToTheLoginPageByItsPathOnly() {
        String answer = new HttpTestClient(port)
                .raw("HTTP/1.1", "/espace", "Host: evil.example", "X-Forwarded-Host: evil.example");
        assertThat(answer).startsWith("HTTP/1.1 302").contains("\r\nLocation: /connexion\r\n");
        assertThat(answer).doesNotContain("evil.example");
    }

    @Test
    void afterSigningInThePageAskedForIsReachedByItsPathOnly() {
        WebSession session = new WebSession(port);
        assertThat(session.get("/espace/objectifs/3-1?x=1").headers().firstValue("Location"))
                .contains("/connexion");
        session.get("/connexion");
        HttpResponse<String> signedIn =
                session.post("/connexion", true, "email", users.editor("ANS").email(), "password", TestUsers.PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).startsWith("/espace/objectifs/3-1?x=1");
        assertThat(session.get("/espace").statusCode()).isEqualTo(200);
    }

    @Test
    void withNothingAskedForSigningInLeadsToTheWorkspace() {
        WebSession session = new WebSession(port);
        session.get("/connexion");
        HttpResponse<String> signedIn =
                session.post("/connexion", true, "email", users.editor("ANS").email(), "password", TestUsers.PASSWORD);
        assertThat(signedIn.headers().firstValue("Location")).contains("/espace");
    }
}
