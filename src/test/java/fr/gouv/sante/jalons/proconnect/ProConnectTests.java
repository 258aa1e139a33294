package fr.gouv.sante.jalons.proconnect;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.account.Role;
import fr.gouv.sante.jalons.support.MockProConnect;
import fr.gouv.sante.jalons.support.ProConnectTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signing in with ProConnect against a real OpenID Connect provider (mock-oauth2-server, in-process):
 * the whole redirect dance over HTTP, as a browser makes it. ProConnect opens only an existing, enabled
 * account whose organisation's SIRET and remembered uid match, never creates one, and signing out also
 * ends the ProConnect session.
 */
@ProConnectTest
class ProConnectTests {

    /** A SIRET whose Luhn key holds (test data: no source document gives an organisation's SIRET). */
    private static final String ANS_SIRET = "12345678000014";

    private static final String OTHER_SIRET = "11002001300097";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockProConnect proConnect;

    CurrentUser editor;

    @BeforeEach
    void setUp() {
        editor = users.user("agent.ans@test.jalons", Role.EDITOR, "ANS");
    }

    /** What the identity carries, as ProConnect gives it. */
    private static Map<String, Object> identity(String email, String uid, String siret) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("email", email);
        claims.put("given_name", "Camille");
        claims.put("usual_name", "Agent");
        claims.put("uid", uid);
        if (siret != null) {
            claims.put("siret", siret);
        }
        claims.put("acr", "eidas1");
        claims.put("amr", List.of("pwd", "mfa"));
        return claims;
    }

    /**
     * Clicks the button, signs in at the provider with these claims and comes back: the answer of
     * Jalons's callback (a redirect to the landing page, or to the sign-in page saying why not).
     */
    private HttpResponse<String> signIn(WebSession browser, String subject, Map<String, Object> claims) {
        HttpResponse<String> button = browser.get("/oauth2/authorization/proconnect");
        assertThat(button.statusCode()).isEqualTo(302);
        String authorize = location(button);
        assertThat(browser.visit(authorize).body()).contains("ProConnect simulé");
        HttpResponse<String> provider = browser.submit(
                authorize, "username", subject, "claims", JsonMapper.shared().writeValueAsString(claims));
        assertThat(provider.statusCode()).isEqualTo(302);
        String callback = location(provider);
        assertThat(callback).startsWith("http://localhost:" + port + "/login/oauth2/code/proconnect?");
        return browser.visit(callback);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    private int accounts() {
        return jdbc.sql("select count(*) from app_user").query(Integer.class).single();
    }

    private void recordSiret(String acronym, String siret) {
        jdbc.sql("update organisation set siret = ? where acronym = ?")
                .params(siret, acronym)
                .update();
    }

    @Test
    void theButtonAsksForTheCodeWithPkceNonceStateAndJalonssScopes() {
        WebSession browser = new WebSession(port);
        HttpResponse<String> page = browser.get("/connexion");
        // browsers hold a form to the sites its Content-Security-Policy names, redirects included
        URI provider = URI.create(proConnect.issuerUri());
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("form-action 'self' " + provider.getScheme() + "://" + provider.getAuthority() + ";");
        assertThat(page.body())
                .contains("S’identifier avec", "fr-connect--pro", "Qu’est-ce que ProConnect ?")
                .contains("action=\"/oauth2/authorization/proconnect\"");
        String authorize = location(browser.get("/oauth2/authorization/proconnect"));
        Map<String, String> query = query(authorize);
        assertThat(authorize).startsWith(proConnect.issuerUri() + "/authorize?");
        assertThat(query)
                .containsEntry("response_type", "code")
                .containsEntry("client_id", MockProConnect.CLIENT_ID)
                .containsEntry("code_challenge_method", "S256")
                .containsKeys("state", "nonce", "code_challenge");
        assertThat(query.get("scope").split(" ", -1))
                .containsExactlyInAnyOrder("openid", "email", "given_name", "usual_name", "uid", "siret");
    }

    @Test
    void theInvitedEditorSignsInAndTheAccountPageShowsHowProConnectAuthenticatedThem() {
        recordSiret("ANS", ANS_SIRET);
        int before = accounts();
        WebSession browser = new WebSession(port);

        // the address as ProConnect gives it, whatever its case
        HttpResponse<String> landed =
                signIn(browser, "sub-1", identity("Agent.ANS@Test.Jalons", "uid-ans-1", "123 456 780 00014"));

        assertThat(location(landed)).isEqualTo("/espace");
        assertThat(browser.get("/espace").statusCode()).isEqualTo(200);
        String account = HtmlUtils.htmlUnescape(browser.get("/compte").body());
        assertThat(account)
                .contains("agent.ans@test.jalons", "Avec ProConnect", "eidas1", "pwd, mfa")
                .contains("Niveau d’authentification indiqué par ProConnect (acr)");
        assertThat(accounts()).isEqualTo(before);
        assertThat(jdbc.sql("select proconnect_uid from app_user where id = ?")
                        .param(editor.id())
                        .query(String.class)
                        .single())
                .isEqualTo("uid-ans-1");
        assertThat(jdbc.sql("""
                        select count(*) from audit_event
                        where entity_type = 'USER' and entity_id = ? and action = 'PROCONNECT_LINKED'""")
                        .param(String.valueOf(editor.id()))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        // the same identity again: signed in, the uid still the first one
        assertThat(location(signIn(new WebSession(port), "sub-1", identity(editor.email(), "uid-ans-1", ANS_SIRET))))
                .isEqualTo("/espace");
    }

    @Test
    void anUnknownAddressIsToldToAskTheDnsForAnInvitationAndNoAccountIsCreated() {
        int before = accounts();
        WebSession browser = new WebSession(port);

        HttpResponse<String> refused = signIn(browser, "sub-2", identity("inconnu@sante.gouv.fr", "uid-2", null));

        assertThat(location(refused)).isEqualTo("/connexion?proconnect=inconnu");
        String page = HtmlUtils.htmlUnescape(browser.get(location(refused)).body());
        assertThat(page)
                .contains("Aucun compte Jalons pour cette adresse. Demandez une invitation à la DNS.")
                .contains("inconnu@sante.gouv.fr");
        assertThat(accounts()).isEqualTo(before);
        assertThat(browser.get("/espace").statusCode()).isEqualTo(302);
    }

    @Test
    void aDisabledAccountIsRefused() {
        jdbc.sql("update app_user set enabled = false where id = ?")
                .param(editor.id())
                .update();
        WebSession browser = new WebSession(port);

        HttpResponse<String> refused = signIn(browser, "sub-3", identity(editor.email(), "uid-3", null));

        assertThat(location(refused)).isEqualTo("/connexion?proconnect=desactive");
        assertThat(HtmlUtils.htmlUnescape(browser.get(location(refused)).body()))
                .contains("Votre compte Jalons est désactivé.");
        assertThat(browser.get("/espace").statusCode()).isEqualTo(302);
    }

    @Test
    void aSiretOtherThanTheOrganisationsIsRefusedNamingBoth() {
        recordSiret("ANS", ANS_SIRET);
        WebSession browser = new WebSession(port);

        HttpResponse<String> refused = signIn(browser, "sub-4", identity(editor.email(), "uid-4", OTHER_SIRET));

        assertThat(location(refused)).isEqualTo("/connexion?proconnect=siret");
        assertThat(HtmlUtils.htmlUnescape(browser.get(location(refused)).body()))
                .contains("ProConnect vous rattache à l’établissement de SIRET " + OTHER_SIRET
                        + ", mais l’organisation de votre compte Jalons a le SIRET " + ANS_SIRET + ".");
        assertThat(browser.get("/espace").statusCode()).isEqualTo(302);
        // refused before anything was remembered
        assertThat(jdbc.sql("select proconnect_uid from app_user where id = ?")
                        .param(editor.id())
                        .query(String.class)
                        .optional())
                .isEmpty();
    }

    @Test
    void anotherUidForTheSameAddressIsRefused() {
        assertThat(location(signIn(new WebSession(port), "sub-5", identity(editor.email(), "uid-first", null))))
                .isEqualTo("/espace");
        WebSession someoneElse = new WebSession(port);

        HttpResponse<String> refused = signIn(someoneElse, "sub-6", identity(editor.email(), "uid-other", null));

        assertThat(location(refused)).isEqualTo("/connexion?proconnect=identite");
        assertThat(HtmlUtils.htmlUnescape(someoneElse.get(location(refused)).body()))
                .contains("n’est pas celle qui s’est connectée à ce compte la première fois");
        assertThat(someoneElse.get("/espace").statusCode()).isEqualTo(302);
    }

    @Test
    void signingOutAlsoEndsTheProConnectSession() {
        WebSession browser = new WebSession(port);
        assertThat(location(signIn(browser, "sub-7", identity(editor.email(), "uid-7", null))))
                .isEqualTo("/espace");
        browser.get("/espace");

        HttpResponse<String> signOut = browser.post("/deconnexion", true);

        String endSession = location(signOut);
        assertThat(endSession).startsWith(proConnect.endSessionUri() + "?");
        Map<String, String> query = query(endSession);
        assertThat(query).containsKeys("id_token_hint", "state");
        assertThat(query.get("post_logout_redirect_uri"))
                .isEqualTo("http://localhost:" + port + "/connexion/deconnecte");
        HttpResponse<String> provider = browser.visit(endSession);
        assertThat(provider.statusCode()).isEqualTo(302);
        assertThat(location(provider)).startsWith("http://localhost:" + port + "/connexion/deconnecte");
        assertThat(location(browser.visit(location(provider)))).isEqualTo("/connexion?deconnecte");
        assertThat(browser.get("/espace").statusCode()).isEqualTo(302);
    }

    @Test
    void aPasswordSignInStillSignsOutHereOnly() {
        WebSession browser = WebSession.signedIn(port, editor.email(), TestUsers.PASSWORD);

        assertThat(location(browser.post("/deconnexion", true))).isEqualTo("/connexion?deconnecte");
    }

    @Test
    void theDnsCanRequireProConnectAndThePasswordIsThenRefusedWithAClearMessage() {
        CurrentUser admin = users.admin();
        WebSession dns = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        assertThat(HtmlUtils.htmlUnescape(dns.get("/admin/utilisateurs").body()))
                .contains("Exiger ProConnect");

        WebSession before = WebSession.signedIn(port, editor.email(), TestUsers.PASSWORD);
        assertThat(before.get("/espace").statusCode()).isEqualTo(200);

        dns.post("/admin/utilisateurs/" + editor.id() + "/proconnect", true, "proConnectOnly", "true");

        // the session opened with the password, which the account may no longer use, ends at once
        assertThat(before.get("/espace").statusCode()).isEqualTo(302);
        WebSession agent = new WebSession(port);
        agent.get("/connexion");
        HttpResponse<String> refused =
                agent.post("/connexion", true, "email", editor.email(), "password", TestUsers.PASSWORD);
        assertThat(location(refused)).isEqualTo("/connexion?proconnect=uniquement");
        assertThat(HtmlUtils.htmlUnescape(agent.get(location(refused)).body()))
                .contains("Ce compte se connecte uniquement avec ProConnect");
        // a wrong password learns nothing of the flag
        agent.get("/connexion");
        assertThat(location(agent.post("/connexion", true, "email", editor.email(), "password", "pas le bon")))
                .isEqualTo("/connexion?erreur");
        assertThat(location(signIn(agent, "sub-8", identity(editor.email(), "uid-8", null))))
                .isEqualTo("/espace");
        assertThat(jdbc.sql("""
                        select count(*) from audit_event
                        where entity_type = 'USER' and entity_id = ? and action = 'PROCONNECT_ONLY_SET'
                          and actor_id = ?""")
                        .params(String.valueOf(editor.id()), admin.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private static Map<String, String> query(String url) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String raw = URI.create(url).getRawQuery();
        for (String pair : raw.split("&", -1)) {
            int equals = pair.indexOf('=');
            parameters.put(
                    URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
