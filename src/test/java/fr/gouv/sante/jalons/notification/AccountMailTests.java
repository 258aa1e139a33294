package fr.gouv.sante.jalons.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestMailServer;
import fr.gouv.sante.jalons.support.TestMailServer.Mail;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Invitations and password resets, end to end through real mails (GreenMail): the link in the mail,
 * the page it opens, the password chosen, the sign-in; expired and reused links refused; the same
 * answer for unknown addresses; throttling.
 */
@JalonsTest
class AccountMailTests {

    private static final Pattern INVITATION_LINK =
            Pattern.compile("http://localhost:8080(/invitation/[A-Za-z0-9_-]{43})");
    private static final Pattern RESET_LINK = Pattern.compile("http://localhost:8080(/mot-de-passe/[A-Za-z0-9_-]{43})");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String NEW_PASSWORD = "une phrase de passe bien à moi";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    TestMailServer smtp;

    CurrentUser admin;

    @BeforeEach
    void setUp() {
        admin = users.admin();
    }

    /** The test mail server keeps every mail of the run: an address of its own finds this test's only. */
    private static String unique(String name) {
        return name + "." + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet() + "@test.jalons";
    }

    private Mail awaitMail(String address) {
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> smtp.to(address), mails -> !mails.isEmpty())
                .get(0);
    }

    private static String path(Pattern link, Mail mail) {
        Matcher matcher = link.matcher(mail.text());
        assertThat(matcher.find()).as("a link in: " + mail.text()).isTrue();
        return matcher.group(1);
    }

    private String invite(String email, String name) {
        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        session.get("/admin/utilisateurs");
        HttpResponse<String> created = session.post(
                "/admin/utilisateurs",
                true,
                "email",
                email,
                "displayName",
                name,
                "role",
                "EDITOR",
                "organisation",
                "ANS");
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(session.get("/admin/utilisateurs").body())
                .contains("Le compte est créé ; une invitation est envoyée par courriel.", email, "En attente");
        return path(INVITATION_LINK, awaitMail(email));
    }

    private static boolean signsIn(int port, String email, String password) {
        WebSession session = new WebSession(port);
        session.get("/connexion");
        HttpResponse<String> response = session.post("/connexion", true, "email", email, "password", password);
        return response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").endsWith("/espace");
    }

    @Test
    void theAccountFormAsksForNoPasswordAndTheInvitedPersonChoosesItFromTheMail() {
        assertThat(WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD)
                        .get("/admin/utilisateurs")
                        .body())
                .doesNotContain("name=\"password\"", "Mot de passe initial");
        String email = unique("invitee");
        String link = invite(email, "Camille Invitée");

        Mail mail = smtp.to(email).get(0);
        assertThat(mail.subject()).isEqualTo("Jalons : votre invitation à choisir votre mot de passe");
        assertThat(mail.from()).contains("ne-pas-repondre@localhost");
        assertThat(mail.contentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
        assertThat(mail.text())
                .contains(
                        "Bonjour Camille Invitée,",
                        email,
                        "expire le 18 janvier 2025",
                        "http://localhost:8080/connexion",
                        "L’équipe Jalons");
        // before accepting, nobody can sign in to the account
        assertThat(signsIn(port, email, "")).isFalse();

        // only the hash of the link is stored; the mail's body is erased once delivered
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(jdbc.sql("select count(*) from account_token where token_hash = ?")
                        .param(token)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from account_token where token_hash = ?")
                        .param(sha256(token))
                        .query(Long.class)
                        .single())
                .isOne();
        await().until(() -> jdbc.sql("select body is null from mail_outbox where recipient = ?")
                .param(email)
                .query(Boolean.class)
                .single());

        WebSession person = new WebSession(port);
        HttpResponse<String> page = person.get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Bienvenue sur Jalons", "Camille Invitée", email);
        HttpResponse<String> mismatch =
                person.post(link, true, "password", NEW_PASSWORD, "confirmation", "autre chose");
        assertThat(mismatch.body()).contains("Les deux mots de passe saisis sont différents.");
        HttpResponse<String> tooShort = person.post(link, true, "password", "court", "confirmation", "court");
        assertThat(tooShort.body()).contains("au moins 12 caractères");
        HttpResponse<String> chosen = person.post(link, true, "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD);
        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(chosen.headers().firstValue("Location")).get().asString().endsWith("/connexion?motdepasse");
        assertThat(person.get("/connexion?motdepasse").body()).contains("Votre mot de passe est enregistré.");

        assertThat(signsIn(port, email, NEW_PASSWORD)).isTrue();
        assertThat(WebSession.signedIn(port, email, NEW_PASSWORD).get("/espace").body())
                .contains("Mes objectifs");

        // the link is spent
        HttpResponse<String> reused = new WebSession(port).get(link);
        assertThat(reused.statusCode()).isEqualTo(410);
        assertThat(reused.body()).contains("Ce lien n’est plus valable", "72 heures");
        WebSession other = new WebSession(port);
        other.get("/connexion");
        assertThat(other.post(
                                link,
                                true,
                                "password",
                                "encore un autre mot de passe",
                                "confirmation",
                                "encore un autre mot de passe")
                        .statusCode())
                .isEqualTo(410);
        assertThat(signsIn(port, email, NEW_PASSWORD)).isTrue();
        assertThat(WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD)
                        .get("/admin/utilisateurs")
                        .body())
                .contains("Acceptée");
    }

    @Test
    void anExpiredInvitationIsRefusedAndTheAdministratorCanSendANewOne() {
        String email = unique("late");
        String link = invite(email, "Dominique Tardive");
        // the fixed clock says 15 January 2025, 10:00 in Paris: this link expired yesterday
        jdbc.sql("""
                update account_token set created_at = timestamptz '2025-01-11 09:00:00+00',
                    expires_at = timestamptz '2025-01-14 09:00:00+00'
                where user_id = (select id from app_user where email = ?)""").param(email).update();
        HttpResponse<String> expired = new WebSession(port).get(link);
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.body())
                .contains("Ce lien n’est plus valable", "Demandez à l’équipe de la DNS de vous la renvoyer");

        long userId = jdbc.sql("select id from app_user where email = ?")
                .param(email)
                .query(Long.class)
                .single();
        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        session.get("/admin/utilisateurs");
        assertThat(session.post("/admin/utilisateurs/" + userId + "/invitation", true)
                        .statusCode())
                .isEqualTo(302);
        assertThat(session.get("/admin/utilisateurs").body()).contains("Une nouvelle invitation est envoyée");
        List<Mail> mails =
                await().atMost(Duration.ofSeconds(20)).until(() -> smtp.to(email), found -> found.size() == 2);
        String second = path(INVITATION_LINK, mails.get(1));
        assertThat(second).isNotEqualTo(link);
        WebSession person = new WebSession(port);
        assertThat(person.get(second).statusCode()).isEqualTo(200);
        assertThat(person.post(second, true, "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD)
                        .statusCode())
                .isEqualTo(302);
        assertThat(signsIn(port, email, NEW_PASSWORD)).isTrue();
        // accepted: no more invitation to send
        assertThat(session.post("/admin/utilisateurs/" + userId + "/invitation", true)
                        .statusCode())
                .isEqualTo(302);
        assertThat(session.get("/admin/utilisateurs").body()).contains("a déjà choisi son mot de passe");
    }

    @Test
    void aPasswordResetWorksOnceAndEndsWithTheNewPassword() {
        CurrentUser editor = users.user(unique("oublieux"), fr.gouv.sante.jalons.account.Role.EDITOR, "CNAM");
        assertThat(new WebSession(port).get("/connexion").body())
                .contains("Mot de passe oublié ?", "/mot-de-passe-oublie");

        WebSession person = new WebSession(port);
        person.get("/mot-de-passe-oublie");
        HttpResponse<String> asked = person.post(
                "/mot-de-passe-oublie", true, "email", editor.email().toUpperCase(Locale.ROOT));
        assertThat(asked.statusCode()).isEqualTo(302);
        String answer = person.get("/mot-de-passe-oublie").body();
        assertThat(answer)
                .contains("Si un compte actif correspond à cette adresse, un courriel vient de lui être envoyé.");

        Mail mail = awaitMail(editor.email());
        assertThat(mail.subject()).isEqualTo("Jalons : réinitialisation de votre mot de passe");
        assertThat(mail.text()).contains(editor.email(), "expire le 15 janvier 2025 à 11h00");
        String link = path(RESET_LINK, mail);

        WebSession reset = new WebSession(port);
        assertThat(reset.get(link).body()).contains("Choisir un nouveau mot de passe", editor.email());
        assertThat(reset.post(link, true, "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD)
                        .statusCode())
                .isEqualTo(302);
        assertThat(signsIn(port, editor.email(), TestUsers.PASSWORD)).isFalse();
        assertThat(signsIn(port, editor.email(), NEW_PASSWORD)).isTrue();
        assertThat(new WebSession(port).get(link).statusCode()).isEqualTo(410);
    }

    @Test
    void aPasswordResetEndsEveryOpenSessionOfTheAccount() {
        CurrentUser editor = users.user(unique("session"), fr.gouv.sante.jalons.account.Role.EDITOR, "ANS");
        WebSession office = WebSession.signedIn(port, editor.email(), TestUsers.PASSWORD);
        WebSession home = WebSession.signedIn(port, editor.email(), TestUsers.PASSWORD);
        WebSession someoneElse = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        assertThat(office.get("/espace").statusCode()).isEqualTo(200);

        WebSession reset = new WebSession(port);
        reset.get("/mot-de-passe-oublie");
        reset.post("/mot-de-passe-oublie", true, "email", editor.email());
        String link = path(RESET_LINK, awaitMail(editor.email()));
        reset.get(link);
        assertThat(reset.post(link, true, "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD)
                        .statusCode())
                .isEqualTo(302);

        for (WebSession ended : List.of(office, home)) {
            HttpResponse<String> next = ended.get("/espace");
            assertThat(next.statusCode()).isEqualTo(302);
            assertThat(next.headers().firstValue("Location")).get().asString().contains("/connexion");
            assertThat(ended.get("/espace").headers().firstValue("Location"))
                    .get()
                    .asString()
                    .contains("/connexion");
        }
        assertThat(new WebSession(port).get("/connexion?expiree").body()).contains("Votre session a été fermée");
        assertThat(someoneElse.get("/admin").statusCode())
                .as("other accounts keep their sessions")
                .isEqualTo(200);
        assertThat(WebSession.signedIn(port, editor.email(), NEW_PASSWORD)
                        .get("/espace")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        String known = users.user(unique("connu"), fr.gouv.sante.jalons.account.Role.READER, "DGOS")
                .email();
        String unknown = unique("inconnu");
        WebSession first = new WebSession(port);
        first.get("/mot-de-passe-oublie");
        HttpResponse<String> forUnknown = first.post("/mot-de-passe-oublie", true, "email", unknown);
        String unknownPage = first.get("/mot-de-passe-oublie").body();
        WebSession second = new WebSession(port);
        second.get("/mot-de-passe-oublie");
        HttpResponse<String> forKnown = second.post("/mot-de-passe-oublie", true, "email", known);
        String knownPage = second.get("/mot-de-passe-oublie").body();

        assertThat(forUnknown.statusCode()).isEqualTo(forKnown.statusCode());
        assertThat(forUnknown.headers().firstValue("Location"))
                .isEqualTo(forKnown.headers().firstValue("Location"));
        assertThat(withoutCsrf(unknownPage)).isEqualTo(withoutCsrf(knownPage));
        awaitMail(known);
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = ?")
                        .param(unknown)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void resetRequestsAreThrottledPerAddress() {
        String email = users.user(unique("presse"), fr.gouv.sante.jalons.account.Role.READER, "ANS")
                .email();
        for (int i = 0; i < 6; i++) {
            WebSession session = new WebSession(port);
            session.get("/mot-de-passe-oublie");
            assertThat(session.post("/mot-de-passe-oublie", true, "email", email)
                            .statusCode())
                    .isEqualTo(302);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.to(email).size() == 3);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> smtp.to(email).size() == 3);
        // only the last link works: each request replaces the previous one
        List<Mail> mails = smtp.to(email);
        assertThat(new WebSession(port).get(path(RESET_LINK, mails.get(0))).statusCode())
                .isEqualTo(410);
    }

    @Test
    void oddLinksAndOddInputNeverBreakThePasswordPages() {
        String[] tokens = {
            "x", "%00", "..%2F..%2Fadmin", "a".repeat(500), "%C3%A9t%C3%A9", "%3Cscript%3E", "'%20or%201=1--"
        };
        for (String token : tokens) {
            for (String page : List.of("/invitation/", "/mot-de-passe/")) {
                WebSession session = new WebSession(port);
                HttpResponse<String> shown = session.get(page + token);
                assertThat(shown.statusCode()).as(page + token).isIn(400, 404, 410);
                session.get("/connexion");
                HttpResponse<String> posted =
                        session.post(page + token, true, "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD);
                assertThat(posted.statusCode()).as("POST " + page + token).isIn(400, 403, 404, 410);
            }
        }
        String[] emails = {
            "", " ", "\u0000@x.fr", "a".repeat(300) + "@x.fr", "<script>@x.fr", "pas une adresse", "é@é.fr"
        };
        for (String email : emails) {
            WebSession session = new WebSession(port);
            session.get("/mot-de-passe-oublie");
            assertThat(session.post("/mot-de-passe-oublie", true, "email", email)
                            .statusCode())
                    .as(email)
                    .isEqualTo(302);
            assertThat(session.get("/mot-de-passe-oublie").body())
                    .contains("Si un compte actif correspond à cette adresse");
        }
        // a valid link with odd passwords: a message next to the field, never a 500, the link still usable
        String email = unique("bizarre");
        String link = invite(email, "Claude Bizarre");
        WebSession person = new WebSession(port);
        person.get(link);
        for (String password : new String[] {"", "\u0000".repeat(20), "x".repeat(129), "court"}) {
            HttpResponse<String> answer = person.post(link, true, "password", password, "confirmation", password);
            assertThat(answer.statusCode()).as(password).isEqualTo(200);
            assertThat(answer.body()).contains("fr-error-text");
        }
        assertThat(person.post(link, true).statusCode()).isEqualTo(200);
        assertThat(person.get(link).statusCode()).isEqualTo(200);
    }

    private String resetLink(String email) {
        WebSession session = new WebSession(port);
        session.get("/mot-de-passe-oublie");
        session.post("/mot-de-passe-oublie", true, "email", email);
        return path(RESET_LINK, awaitMail(email));
    }

    @Test
    void everyPassphraseTheRuleAllowsCanBeChosenFromBothLinks() {
        // 12 to 128 characters, whatever their bytes: BCrypt's 72-byte limit is not the rule
        String email = unique("accents");
        String link = invite(email, "Hélène Accentuée");
        String accents = "é".repeat(128);
        WebSession person = new WebSession(port);
        person.get(link);
        HttpResponse<String> chosen = person.post(link, true, "password", accents, "confirmation", accents);
        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(signsIn(port, email, accents)).isTrue();
        assertThat(signsIn(port, email, "é".repeat(127))).isFalse();

        List<String> passphrases = List.of(
                "a".repeat(73),
                "ceci est une phrase de passe de soixante-seize caractères, tout à fait permise",
                "é".repeat(40),
                "😀".repeat(128),
                "a".repeat(128));
        for (String passphrase : passphrases) {
            CurrentUser editor = users.user(unique("longue"), fr.gouv.sante.jalons.account.Role.EDITOR, "ANS");
            String reset = resetLink(editor.email());
            WebSession session = new WebSession(port);
            session.get(reset);
            HttpResponse<String> answer = session.post(reset, true, "password", passphrase, "confirmation", passphrase);
            assertThat(answer.statusCode()).as(passphrase).isEqualTo(302);
            assertThat(signsIn(port, editor.email(), passphrase)).as(passphrase).isTrue();
        }
        // one character over the rule is refused next to the field, and the link still works
        CurrentUser editor = users.user(unique("trop-longue"), fr.gouv.sante.jalons.account.Role.EDITOR, "ANS");
        String reset = resetLink(editor.email());
        WebSession session = new WebSession(port);
        session.get(reset);
        String tooLong = "😀".repeat(129);
        HttpResponse<String> refused = session.post(reset, true, "password", tooLong, "confirmation", tooLong);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("fr-error-text", "au plus 128 caractères");
        assertThat(session.get(reset).statusCode()).isEqualTo(200);
    }

    @Test
    void disablingAnAccountSpendsEveryOutstandingLinkForGood() {
        CurrentUser editor = users.user(unique("desactive"), fr.gouv.sante.jalons.account.Role.EDITOR, "CNAM");
        String reset = resetLink(editor.email());
        String invited = unique("invite-desactive");
        String invitation = invite(invited, "Invité Désactivé");
        assertThat(new WebSession(port).get(reset).statusCode()).isEqualTo(200);
        assertThat(new WebSession(port).get(invitation).statusCode()).isEqualTo(200);

        WebSession admin = WebSession.signedIn(port, this.admin.email(), TestUsers.PASSWORD);
        admin.get("/admin/utilisateurs");
        long invitedId = jdbc.sql("select id from app_user where email = ?")
                .param(invited)
                .query(Long.class)
                .single();
        for (long id : List.of(editor.id(), invitedId)) {
            assertThat(admin.post("/admin/utilisateurs/" + id + "/activation", true, "enabled", "false")
                            .statusCode())
                    .isEqualTo(302);
        }
        assertThat(new WebSession(port).get(reset).statusCode()).isEqualTo(410);
        assertThat(new WebSession(port).get(invitation).statusCode()).isEqualTo(410);
        for (long id : List.of(editor.id(), invitedId)) {
            admin.post("/admin/utilisateurs/" + id + "/activation", true, "enabled", "true");
        }
        assertThat(jdbc.sql("select enabled from app_user where id = ?")
                        .param(editor.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        // enabled again, the links issued before stay spent: 200 -> 410 -> 410
        assertThat(new WebSession(port).get(reset).statusCode()).isEqualTo(410);
        assertThat(new WebSession(port).get(invitation).statusCode()).isEqualTo(410);
        WebSession person = new WebSession(port);
        person.get("/connexion");
        assertThat(person.post(reset, true, "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD)
                        .statusCode())
                .isEqualTo(410);
        assertThat(signsIn(port, editor.email(), TestUsers.PASSWORD)).isTrue();
    }

    @Test
    void anAccountAddressIsOnePlainMailbox() {
        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        session.get("/admin/utilisateurs");
        String tag = "sonde" + System.nanoTime() % 1_000_000_000 + "-" + SEQUENCE.incrementAndGet();
        List<String> refused = List.of(
                "Foo<" + tag + ".angle@probe.test>",
                tag + ".comma@probe.test,lecteur",
                tag + ".semi@probe.test;autre@probe.test",
                "\"" + tag + " quoted\"@probe.test",
                tag + " espace@probe.test",
                tag + "..points@probe.test",
                "." + tag + "@probe.test",
                tag + "@probe..test",
                tag + "@-probe.test",
                tag + "@probe.test.",
                tag + "@[127.0.0.1]",
                tag + "(commentaire)@probe.test",
                tag + "@probe",
                tag + "é@probe.test");
        for (String email : refused) {
            HttpResponse<String> answer = createReader(session, email);
            assertThat(answer.statusCode()).as(email).isEqualTo(200);
            assertThat(answer.body())
                    .as(email)
                    .contains("fr-input-group--error", "Saisissez une seule adresse électronique");
        }
        assertThat(jdbc.sql("select count(*) from app_user where email like ?")
                        .param("%" + tag + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient like ?")
                        .param("%" + tag + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        // ordinary addresses still pass, as typed (case aside); in the tests' domain, which other tests expect
        for (String email : List.of(
                tag + ".prenom.nom@test.jalons", tag + "+jalons@test.jalons", "O'Neil_" + tag + "@Test.Jalons")) {
            HttpResponse<String> created = createReader(session, email);
            assertThat(created.statusCode()).as(email).isEqualTo(302);
            assertThat(jdbc.sql("select count(*) from app_user where email = ?")
                            .param(email.toLowerCase(Locale.ROOT))
                            .query(Long.class)
                            .single())
                    .as(email)
                    .isOne();
        }
    }

    private static HttpResponse<String> createReader(WebSession admin, String email) {
        return admin.post(
                "/admin/utilisateurs",
                true,
                "email",
                email,
                "displayName",
                "Sonde",
                "role",
                "READER",
                "organisation",
                "ANS");
    }

    @Test
    void theMailPageNeverShowsALiveLink() {
        String token = "wRrm4Qr0-" + "x".repeat(34);
        long id = jdbc.sql("""
                        insert into mail_outbox (kind, recipient, subject, body, sensitive, status, attempts,
                            next_attempt_at, created_at)
                        values ('INVITATION', ?, 'Jalons : votre invitation', ?, true, 'PENDING', 1,
                            now() + interval '1 day', now())
                        returning id""")
                .params(
                        unique("en-attente"),
                        "Choisissez votre mot de passe : http://localhost:8080/invitation/" + token
                                + "\nOu après une réinitialisation : http://localhost:8080/mot-de-passe/" + token
                                + "?x=1\nConnexion : http://localhost:8080/connexion")
                .query(Long.class)
                .single();
        String page = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD)
                .get("/admin/courriels/" + id)
                .body();
        assertThat(page)
                .doesNotContain(token)
                .contains(
                        "http://localhost:8080/invitation/***",
                        "http://localhost:8080/mot-de-passe/***",
                        "http://localhost:8080/connexion");
    }

    private static String withoutCsrf(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
