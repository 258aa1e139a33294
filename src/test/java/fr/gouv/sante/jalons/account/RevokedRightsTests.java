package fr.gouv.sante.jalons.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.net.http.HttpResponse;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A change of an account's rights reaches its sessions already open, on their next request: nothing
 * of the role or the enabled flag copied at sign-in outlives the change.
 */
@JalonsTest
class RevokedRightsTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    CurrentUser admin;

    @BeforeEach
    void setUp() {
        admin = users.admin();
        campaign.open();
    }

    private long reports() {
        return jdbc.sql("""
                        select count(*) from progress_report r join reporting_period p on p.id = r.period_id
                        where p.code = '2025-S1'""").query(Long.class).single();
    }

    @Test
    void aDisabledEditorsOpenSessionIsSignedOutAndSavesNothing() {
        CurrentUser editor = users.user("revocation.editeur@test.jalons", Role.EDITOR, "ANS");
        WebSession session = WebSession.signedIn(port, editor.email(), TestUsers.PASSWORD);
        assertThat(session.get("/espace/objectifs/3-1").statusCode()).isEqualTo(200);

        accounts.changeEnabled(admin, editor.id(), false);

        HttpResponse<String> save = session.post(
                "/espace/objectifs/3-1",
                true,
                "status",
                "AT_RISK",
                "narrative",
                "Brouillon après désactivation.",
                "action",
                "brouillon");
        assertThat(save.statusCode()).isEqualTo(302);
        assertThat(save.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/connexion?expiree"));
        assertThat(reports()).isZero();
        // the session is over: the next page asks for a sign-in, which the disabled account cannot pass
        assertThat(session.get("/espace").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/connexion"));
        assertThat(session.get("/connexion?expiree").body()).contains("Votre session a été fermée");
    }

    @Test
    void aDemotedAdministratorGets403AtOnceOnAdminPagesAndActions() {
        CurrentUser other = users.user("revocation.admin@test.jalons", Role.ADMIN, null);
        WebSession session = WebSession.signedIn(port, other.email(), TestUsers.PASSWORD);
        assertThat(session.get("/admin").statusCode()).isEqualTo(200);
        assertThat(session.get("/admin/utilisateurs").statusCode()).isEqualTo(200);

        accounts.changeRole(admin, other.id(), Role.READER, "DNS");

        assertThat(session.get("/admin").statusCode()).isEqualTo(403);
        assertThat(session.get("/admin/utilisateurs").statusCode()).isEqualTo(403);
        // and cannot promote itself back from that session
        HttpResponse<String> promote =
                session.post("/admin/utilisateurs/" + other.id() + "/role", true, "role", "ADMIN", "organisation", "");
        assertThat(promote.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select role from app_user where id = ?")
                        .param(other.id())
                        .query(String.class)
                        .single())
                .isEqualTo("READER");
        // still signed in, as a reader of the DNS
        assertThat(session.get("/espace").statusCode()).isEqualTo(200);
    }

    @Test
    void aChangedOrganisationAppliesToTheOpenSession() {
        CurrentUser editor = users.user("revocation.orga@test.jalons", Role.EDITOR, "ANS");
        WebSession session = WebSession.signedIn(port, editor.email(), TestUsers.PASSWORD);
        // 3-1 is led by the ANS (and others); 11-3 by DGOS, CNAM and DNS, not the ANS
        assertThat(session.get("/espace/objectifs/3-1").statusCode()).isEqualTo(200);
        assertThat(session.get("/espace/objectifs/11-3").statusCode()).isEqualTo(403);

        accounts.changeRole(admin, editor.id(), Role.EDITOR, "DGOS");

        assertThat(session.get("/espace/objectifs/11-3").statusCode()).isEqualTo(200);
        assertThat(session.get("/espace/objectifs/3-1").statusCode()).isEqualTo(403);
    }

    @Test
    void endingAnAccountsSessionsSignsOutEveryOneOfThem() {
        everySessionEndsAfter(
                "revocation.sessions@test.jalons",
                editor -> jdbc.sql("update app_user set session_generation = session_generation + 1 where id = ?")
                        .param(editor.id())
                        .update());
    }

    @Test
    void aSessionSilentWhileItsAccountWasDisabledStaysClosedOnceItIsEnabledAgain() {
        // neither session sends anything between the two changes
        everySessionEndsAfter("revocation.silence@test.jalons", editor -> {
            accounts.changeEnabled(admin, editor.id(), false);
            accounts.changeEnabled(admin, editor.id(), true);
        });
    }

    /** Two open sessions of a new editor are both signed out after {@code change}; a new sign-in works. */
    private void everySessionEndsAfter(String email, Consumer<CurrentUser> change) {
        CurrentUser editor = users.user(email, Role.EDITOR, "ANS");
        WebSession first = WebSession.signedIn(port, editor.email(), TestUsers.PASSWORD);
        WebSession second = WebSession.signedIn(port, editor.email(), TestUsers.PASSWORD);
        assertThat(first.get("/espace").statusCode()).isEqualTo(200);

        change.accept(editor);

        assertThat(first.get("/espace").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/connexion?expiree"));
        assertThat(second.get("/espace").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/connexion?expiree"));
        // a new sign-in works again
        assertThat(WebSession.signedIn(port, editor.email(), TestUsers.PASSWORD)
                        .get("/espace")
                        .statusCode())
                .isEqualTo(200);
    }
}
