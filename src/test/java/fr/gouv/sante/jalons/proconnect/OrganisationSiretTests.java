package fr.gouv.sante.jalons.proconnect;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * The DNS records an organisation's SIRET: a wrong one is refused next to its field with what was
 * typed and nothing saved; a right one is saved, audited and public in the open data. Without
 * ProConnect configured, the sign-in page is the password form alone.
 */
@JalonsTest
class OrganisationSiretTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    private long ans() {
        return jdbc.sql("select id from organisation where acronym = 'ANS'")
                .query(Long.class)
                .single();
    }

    private String ansSiret() {
        return jdbc.sql("select siret from organisation where acronym = 'ANS'")
                .query(String.class)
                .optional()
                .orElse(null);
    }

    @Test
    void noOrganisationHasASiretUntilTheDnsRecordsOne() {
        assertThat(jdbc.sql("select count(*) from organisation where siret is not null")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(new WebSession(port).get("/api/v1/organisations").body()).contains("\"siret\":null");
    }

    @Test
    void aWrongSiretIsSaidNextToItsFieldAndNothingIsSaved() {
        WebSession dns = WebSession.signedIn(port, users.admin().email(), TestUsers.PASSWORD);
        dns.get("/admin/organisations");

        HttpResponse<String> refused =
                dns.post("/admin/organisations/" + ans() + "/siret", true, "siret", "110 020 013 00098");

        assertThat(refused.statusCode()).isEqualTo(200);
        String page = HtmlUtils.htmlUnescape(refused.body());
        assertThat(page)
                .contains("id=\"siret-" + ans() + "-error\"")
                .contains("Saisissez un SIRET de 14 chiffres dont la clé de contrôle est juste")
                .contains("value=\"110 020 013 00098\"");
        assertThat(ansSiret()).isNull();
    }

    @Test
    void aRightSiretIsSavedAuditedAndPublic() {
        CurrentUser admin = users.admin();
        WebSession dns = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        dns.get("/admin/organisations");

        HttpResponse<String> saved =
                dns.post("/admin/organisations/" + ans() + "/siret", true, "siret", "110 020 013 00097");

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(ansSiret()).isEqualTo("11002001300097");
        assertThat(HtmlUtils.htmlUnescape(dns.get("/admin/organisations").body()))
                .contains("Le SIRET est enregistré.");
        assertThat(new WebSession(port).get("/api/v1/organisations").body())
                .contains("\"acronym\":\"ANS\",\"name\":\"Agence du numérique en santé\",\"siret\":\"11002001300097\"");
        assertThat(jdbc.sql("""
                        select count(*) from audit_event
                        where entity_type = 'ORGANISATION' and action = 'SIRET_CHANGED' and actor_id = ?""").param(admin.id()).query(Integer.class).single())
                .isEqualTo(1);
        dns.get("/admin/organisations");
        dns.post("/admin/organisations/" + ans() + "/siret", true, "siret", "");
        assertThat(ansSiret()).isNull();
    }

    @Test
    void onlyTheDnsMayChangeASiret() {
        WebSession editor = WebSession.signedIn(port, users.editor("ANS").email(), TestUsers.PASSWORD);

        assertThat(editor.get("/admin/organisations").statusCode()).isEqualTo(403);
        assertThat(editor.post("/admin/organisations/" + ans() + "/siret", true, "siret", "11002001300097")
                        .statusCode())
                .isEqualTo(403);
        assertThat(ansSiret()).isNull();
    }

    @Test
    void withoutProConnectConfiguredTheSignInPageIsThePasswordFormAlone() {
        WebSession visitor = new WebSession(port);

        HttpResponse<String> response = visitor.get("/connexion");

        assertThat(response.body()).doesNotContain("ProConnect").contains("name=\"password\"");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("form-action 'self';");
        assertThat(visitor.get("/oauth2/authorization/proconnect").statusCode()).isNotEqualTo(302);
    }
}
