package fr.gouv.sante.jalons.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Rights follow the account at once: a session opened before a change of the account acts, on its
 * very next request, with the account as it is now.
 */
@JalonsTest
class RevocationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    UserAccounts accounts;

    TestUsers users;
    CurrentUser admin;

    @BeforeEach
    void setUp() {
        users = new TestUsers(jdbc, passwords);
        admin = users.admin();
    }

    /** A fresh account in a known state, whatever earlier runs left. */
    private CurrentUser account(String email, Role role, String acronym) {
        CurrentUser user = users.user(email, role, acronym);
        jdbc.sql("update app_user set enabled = true, role = ?, organisation_id = ? where id = ?")
                .params(role.name(), user.organisationId(), user.id()).update();
        return user;
    }

    private WebSession signIn(CurrentUser user) {
        return WebSession.signedIn(port, user.email(), TestUsers.PASSWORD);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void aDisabledEditorsOpenSessionIsSignedOutOnItsNextRequestWithAMessage() {
        CurrentUser editor = account("revocation.desactive@test.jalons", Role.EDITOR, "CNAM");
        WebSession session = signIn(editor);
        session.get("/espace/objectifs/1-1");

        accounts.changeEnabled(admin, editor.id(), false);

        // its next request is a draft saved from the open form: refused, signed out, nothing written
        HttpResponse<String> next = session.post("/espace/objectifs/1-1", true, "status", "ON_TRACK",
                "narrative", "Écrit après la désactivation", "version", "0");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(location(next)).endsWith("/connexion?session-terminee");
        assertThat(jdbc.sql("select count(*) from progress_report where updated_by = ?").param(editor.id())
                .query(Long.class).single()).isZero();
        assertThat(session.get("/connexion?session-terminee").body())
                .contains("Votre session a été fermée parce que votre compte a été modifié ou désactivé.");
        assertThat(location(session.get("/espace"))).endsWith("/connexion");
    }

    @Test
    void aDemotedAdministratorGets403OnTheAdminPagesAtOnce() {
        CurrentUser other = account("revocation.admin@test.jalons", Role.ADMIN, null);
        WebSession session = signIn(other);
        assertThat(session.get("/admin/utilisateurs").statusCode()).isEqualTo(200);

        accounts.changeRole(admin, other.id(), Role.READER, "DNS");

        assertThat(session.get("/admin/utilisateurs").statusCode()).isEqualTo(403);
        assertThat(session.get("/admin").statusCode()).isEqualTo(403);
        // it cannot promote itself back from its open session
        HttpResponse<String> promote = session.post("/admin/utilisateurs/" + other.id() + "/role", true, "role", "ADMIN");
        assertThat(promote.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select role from app_user where id = ?").param(other.id()).query(String.class).single())
                .isEqualTo("READER");
        // still signed in, as a reader
        assertThat(session.get("/espace").statusCode()).isEqualTo(200);
    }

    @Test
    void aChangedOrganisationAppliesToTheOpenSessionAtOnce() {
        String ansOnly = jdbc.sql("""
                select o.code from objective o
                where exists (select 1 from objective_owner w join organisation g on g.id = w.organisation_id
                              where w.objective_id = o.id and g.acronym = 'ANS')
                  and not exists (select 1 from objective_owner w join organisation g on g.id = w.organisation_id
                                  where w.objective_id = o.id and g.acronym = 'CNAM')
                order by o.id limit 1""").query(String.class).single();
        CurrentUser editor = account("revocation.organisation@test.jalons", Role.EDITOR, "CNAM");
        WebSession session = signIn(editor);
        assertThat(session.get("/espace").body()).doesNotContain("/espace/objectifs/" + ansOnly + "\"");

        accounts.changeRole(admin, editor.id(), Role.EDITOR, "ANS");

        assertThat(session.get("/espace").body()).contains("/espace/objectifs/" + ansOnly + "\"");
    }

    @Test
    void endingTheSessionsOfAnAccountSignsOutEveryOpenSessionButNotTheNextSignIn() {
        CurrentUser editor = account("revocation.sessions@test.jalons", Role.EDITOR, "ANS");
        WebSession first = signIn(editor);
        WebSession second = signIn(editor);

        accounts.endSessions(editor.id());

        assertThat(location(first.get("/espace"))).endsWith("/connexion?session-terminee");
        assertThat(location(second.get("/espace"))).endsWith("/connexion?session-terminee");
        WebSession again = signIn(editor);
        assertThat(again.get("/espace").statusCode()).isEqualTo(200);
    }
}
