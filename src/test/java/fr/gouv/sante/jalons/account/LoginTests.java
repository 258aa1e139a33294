package fr.gouv.sante.jalons.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Signing in and out: hashed passwords, session cookie, fixation, throttling, odd input. */
@JalonsTest
class LoginTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    TestUsers users;

    CurrentUser editor;

    @BeforeEach
    void setUp() {
        editor = users.editor("CNAM");
    }

    /** The throttle's state lives in PostgreSQL and the tests' clock never moves: forgotten in the middle of a test. */
    private void forgetFailures() {
        jdbc.sql("delete from login_failure").update();
        jdbc.sql("delete from login_wait").update();
    }

    private HttpResponse<String> attempt(WebSession session, String email, String password) {
        session.get("/connexion");
        return session.post("/connexion", true, "email", email, "password", password);
    }

    /** Where a sign-in attempt leads (the Location of its answer). */
    private String landing(String email, String password) {
        return attempt(new WebSession(port), email, password)
                .headers()
                .firstValue("Location")
                .orElse("");
    }

    @Test
    void passwordsAreStoredAsArgon2idAtTheConfiguredCostWhichFollowsOwaspInProduction() throws IOException {
        // a new account (the suite's usual ones may come from a run with another cost)
        String email = "cout." + System.nanoTime() + "@test.jalons";
        users.user(email, Role.READER, "ANS");
        String hash = jdbc.sql("select password_hash from app_user where email = ?")
                .param(email)
                .query(String.class)
                .single();
        // the tests' cost (JalonsTest), so the encoder follows the settings...
        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=64,t=1,p=1$").doesNotContain(TestUsers.PASSWORD);
        // ...which production's configuration sets to OWASP's first choice (19 MiB, 2 passes)
        Properties production = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        assertThat(production.getProperty("jalons.security.password-memory")).isEqualTo("19456");
        assertThat(production.getProperty("jalons.security.password-iterations"))
                .isEqualTo("2");
    }

    @Test
    void signingInChangesTheSessionIdAndGivesAnHttpOnlySameSiteCookie() {
        WebSession session = new WebSession(port);
        HttpResponse<String> loginPage = session.get("/connexion");
        assertThat(loginPage.body()).contains("Connexion à l’espace partenaires");
        String before = loginPage.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JALONS_SESSION"))
                .findFirst()
                .orElse("");
        HttpResponse<String> response =
                session.post("/connexion", true, "email", editor.email(), "password", TestUsers.PASSWORD);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/espace");
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JALONS_SESSION"))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax").isNotEqualTo(before);
        assertThat(session.get("/espace").body()).contains("Mes objectifs");
        assertThat(session.get("/espace").headers().firstValue("Cache-Control"))
                .get()
                .asString()
                .contains("no-store");

        HttpResponse<String> logout = session.post("/deconnexion", true);
        assertThat(logout.headers().firstValue("Location")).get().asString().endsWith("/connexion?deconnecte");
        assertThat(session.get("/espace").headers().firstValue("Location"))
                .get()
                .asString()
                .endsWith("/connexion");
    }

    @Test
    void aWrongPasswordSaysSoInFrenchWithoutSayingWhichPartWasWrong() {
        WebSession session = new WebSession(port);
        HttpResponse<String> response = attempt(session, editor.email(), "pas le bon mot de passe");
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/connexion?erreur");
        assertThat(session.get("/connexion?erreur").body()).contains("Adresse électronique ou mot de passe incorrect.");
        HttpResponse<String> unknown = attempt(session, "personne@test.jalons", "pas le bon mot de passe");
        assertThat(unknown.headers().firstValue("Location")).get().asString().endsWith("/connexion?erreur");
    }

    @Test
    void repeatedFailuresMakeTheAccountWaitThenTheRightPasswordWorksAgain() {
        String email = users.user("throttle@test.jalons", Role.EDITOR, "ANS").email();
        WebSession session = new WebSession(port);
        for (int i = 0; i < 5; i++) {
            assertThat(attempt(session, email, "mauvais mot de passe " + i)
                            .headers()
                            .firstValue("Location"))
                    .get()
                    .asString()
                    .endsWith("/connexion?erreur");
        }
        // the sixth attempt is refused before the password is even checked, with the waiting time
        HttpResponse<String> throttled = attempt(session, email, TestUsers.PASSWORD);
        String location = throttled.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/connexion?attente=");
        assertThat(session.get(location.replace("http://localhost:" + port, "")).body())
                .contains("Trop de tentatives de connexion ont échoué. Réessayez dans");
        // another account from the same address is not locked out
        assertThat(landing(editor.email(), TestUsers.PASSWORD)).endsWith("/espace");
    }

    @Test
    void manyFailuresFromOneAddressMakeThatAddressWaitButNotTheOthers() {
        WebSession guesser = new WebSession(port, "198.51.100.1");
        for (int i = 0; i < 30; i++) {
            assertThat(attempt(guesser, "cible" + i + "@test.jalons", "devinette")
                            .headers()
                            .firstValue("Location"))
                    .get()
                    .asString()
                    .endsWith("/connexion?erreur");
        }
        assertThat(attempt(guesser, editor.email(), TestUsers.PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .get()
                .asString()
                .contains("/connexion?attente=");
        assertThat(attempt(new WebSession(port, "198.51.100.2"), editor.email(), TestUsers.PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .get()
                .asString()
                .endsWith("/espace");
    }

    @Test
    void manyFailuresForAnAccountDelayItsOwnerBrieflyButNeverLockThemOut() {
        String email = users.user("plafond@test.jalons", Role.EDITOR, "ANS").email();
        // ten failures from five addresses (two each: no address nor pair is throttled on its own)
        for (int i = 0; i < 10; i++) {
            assertThat(attempt(new WebSession(port, "192.0.2." + (10 + i / 2)), email, "devinette " + i)
                            .headers()
                            .firstValue("Location"))
                    .get()
                    .asString()
                    .endsWith("/connexion?erreur");
        }
        // the owner, from an address that never failed: asked to wait a second, in French
        WebSession owner = new WebSession(port, "198.51.100.77");
        HttpResponse<String> delayed = attempt(owner, email, TestUsers.PASSWORD);
        String location = delayed.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/connexion?patienter=1");
        assertThat(owner.get("/connexion?patienter=1").body()).contains("patientez 1 seconde, puis");
        // an attacker failing again meanwhile does not take the owner's turn away
        attempt(new WebSession(port, "192.0.2.30"), email, "encore une devinette");
        // the tests' clock is fixed: the second passes by moving the turn back
        jdbc.sql("update login_wait set not_before = not_before - interval '2 seconds' where account = ?")
                .param(email)
                .update();
        assertThat(attempt(owner, email, TestUsers.PASSWORD).headers().firstValue("Location"))
                .get()
                .asString()
                .endsWith("/espace");
        assertThat(jdbc.sql("select count(*) from login_failure where scope = 'ACCOUNT' and subject = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theSessionAndCsrfCookiesAreSecureWhenTheProxySaysTheRequestCameOverHttps() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        // a back-office page asked for while signed out: the session remembers it for after the sign-in
        URI login = URI.create("http://localhost:" + port + "/espace");
        HttpResponse<String> overHttps = client.send(
                HttpRequest.newBuilder(login)
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-For", "198.51.100.90")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> overHttp = client.send(
                HttpRequest.newBuilder(login)
                        .header("X-Forwarded-For", "198.51.100.91")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(cookie(overHttps, "JALONS_SESSION")).contains("Secure", "HttpOnly", "SameSite=Lax");
        assertThat(cookie(overHttp, "JALONS_SESSION")).contains("HttpOnly").doesNotContain("Secure");
        assertThat(cookie(overHttps, "JALONS_CSRF")).contains("Secure", "HttpOnly", "SameSite=Lax");
        assertThat(cookie(overHttp, "JALONS_CSRF")).contains("HttpOnly").doesNotContain("Secure");
    }

    private static String cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aFailedSignInKeepsTheTypedAddressInItsField() {
        WebSession session = new WebSession(port);
        HttpResponse<String> failed = attempt(session, editor.email(), "pas le bon mot de passe");
        assertThat(failed.headers().firstValue("Location")).get().asString().endsWith("/connexion?erreur");
        String page = session.get("/connexion?erreur").body();
        assertThat(page)
                .contains("Adresse électronique ou mot de passe incorrect.", "value=\"" + editor.email() + "\"");
        // shown once: a fresh visit of the page starts empty again
        assertThat(session.get("/connexion").body()).doesNotContain("value=\"" + editor.email() + "\"");
        // what was typed comes back escaped, never as markup
        WebSession odd = new WebSession(port);
        attempt(odd, "\"><script>alert(1)</script>", "pas le bon mot de passe");
        assertThat(odd.get("/connexion?erreur").body())
                .doesNotContain("<script>alert(1)</script>")
                .contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"");
    }

    @Test
    void theWaitIsSaidAsItIsInPlainFrench() {
        String email = users.user("attente@test.jalons", Role.EDITOR, "ANS").email();
        WebSession session = new WebSession(port);
        for (int i = 0; i < 5; i++) {
            attempt(session, email, "mauvais mot de passe " + i);
        }
        // the first wait of a throttled pair is 30 seconds, not "1 minute(s)"
        String location = attempt(session, email, TestUsers.PASSWORD)
                .headers()
                .firstValue("Location")
                .orElseThrow();
        assertThat(location).endsWith("/connexion?attente=30");
        String page = session.get("/connexion?attente=30").body();
        assertThat(page).contains("Réessayez dans 30 secondes.").doesNotContain("(s)");
        assertThat(page).contains("value=\"" + email + "\"");
        assertThat(session.get("/connexion?attente=1").body()).contains("Réessayez dans 1 seconde.");
        assertThat(session.get("/connexion?attente=60").body()).contains("Réessayez dans 1 minute.");
        assertThat(session.get("/connexion?attente=900").body()).contains("Réessayez dans 15 minutes.");
        assertThat(session.get("/connexion?attente=61").body()).contains("Réessayez dans 2 minutes.");
        assertThat(session.get("/connexion?patienter=1").body())
                .contains("patientez 1 seconde,")
                .doesNotContain("(s)");
        assertThat(session.get("/connexion?patienter=4").body()).contains("patientez 4 secondes,");
    }

    @Test
    void anAdministratorLandsOnTheCampaignAndOthersOnTheirObjectives() {
        CurrentUser admin = users.admin();
        assertThat(landing(admin.email(), TestUsers.PASSWORD)).endsWith("/admin");
        CurrentUser reader = users.reader("DNS");
        assertThat(landing(reader.email(), TestUsers.PASSWORD)).endsWith("/espace");
        // a page asked for before signing in still comes first
        WebSession session = new WebSession(port);
        session.get("/admin/utilisateurs");
        session.get("/connexion");
        assertThat(session.post("/connexion", true, "email", admin.email(), "password", TestUsers.PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .get()
                .asString()
                .contains("/admin/utilisateurs");
    }

    @Test
    void aLongPassphraseNeverBreaksTheSignInWhateverTheStoredHash() {
        // an account whose hash predates the current encoder: plain BCrypt, as the demo accounts and production's
        String email = "ancien.hachage@test.jalons";
        jdbc.sql("""
                insert into app_user (email, display_name, password_hash, role, organisation_id)
                values (?, 'Ancien hachage', ?, 'EDITOR', (select id from organisation where acronym = 'ANS'))""")
                .params(email, new BCryptPasswordEncoder(4).encode(TestUsers.PASSWORD))
                .update();
        for (String password : List.of("a".repeat(73), "é".repeat(128), "😀".repeat(128))) {
            for (String account : List.of(email, editor.email(), "personne@test.jalons")) {
                assertThat(landing(account, password)).as(account).endsWith("/connexion?erreur");
            }
        }
        forgetFailures();
        // the right password still opens it, and the hash is upgraded to the current encoder on the way
        assertThat(landing(email, TestUsers.PASSWORD)).endsWith("/espace");
        String upgraded = jdbc.sql("select password_hash from app_user where email = ?")
                .param(email)
                .query(String.class)
                .single();
        assertThat(upgraded).startsWith("{argon2}$argon2id$");
        assertThat(passwords.matches(TestUsers.PASSWORD, upgraded)).isTrue();
        assertThat(landing(email, TestUsers.PASSWORD)).endsWith("/espace");
    }

    @Test
    void oddInputNeverBreaksTheLoginPage() {
        for (String email :
                List.of("", "\u0000", "a".repeat(5000), "<script>alert(1)</script>", "' or 1=1 --", "😀@😀.fr")) {
            HttpResponse<String> response = attempt(new WebSession(port), email, "\u0000x");
            assertThat(response.statusCode()).as(email).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .get()
                    .asString()
                    .contains("/connexion?");
        }
    }
}
