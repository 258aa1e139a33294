package fr.gouv.sante.jalons.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.account.NewAccount;
import fr.gouv.sante.jalons.account.Role;
import fr.gouv.sante.jalons.account.UserAccounts;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestMailServer;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox: a mail is written with its change and sent after the commit; an SMTP outage delays it
 * but loses nothing; after too many attempts it is "en échec" on the page "Courriels" and can be
 * sent again from there.
 */
@JalonsTest
class MailOutboxTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    TestMailServer smtp;

    @Autowired
    UserAccounts accounts;

    @Autowired
    TransactionTemplate transactions;

    CurrentUser admin;

    @BeforeEach
    void setUp() {
        admin = users.admin();
    }

    @AfterEach
    void serverBack() {
        smtp.start();
    }

    private static String unique(String name) {
        return name + "." + System.nanoTime() + "@test.jalons";
    }

    private Map<String, Object> row(String recipient) {
        return jdbc.sql("select status, attempts, last_error, body from mail_outbox where recipient = ?")
                .param(recipient)
                .query()
                .singleRow();
    }

    @Test
    void aMailSurvivesAnSmtpOutageAndGoesOutWhenTheServerIsBack() {
        // signed in first: with the tests' 3 attempts 0.5 s apart, a slow sign-in (BCrypt on a loaded
        // machine) inside the outage let the mail reach "en échec" before the page was read
        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        smtp.stop();
        String email = unique("panne");
        accounts.create(admin, new NewAccount(email, "Pendant la panne", Role.READER, "ANS"));
        await().atMost(Duration.ofSeconds(20)).until(() -> ((Number) row(email).get("attempts")).intValue() >= 1);
        assertThat(row(email).get("status")).isEqualTo("PENDING");
        assertThat((String) row(email).get("last_error")).isNotBlank();

        assertThat(session.get("/admin/courriels?statut=en-attente").body()).contains(email, "En attente", "tentative");

        smtp.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.to(email).size() == 1);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> "SENT".equals(row(email).get("status")));
        assertThat(smtp.to(email).get(0).text()).contains("Bonjour Pendant la panne,", "/invitation/");
        assertThat(session.get("/admin/courriels?statut=envoyes").body()).contains(email, "Envoyé");
    }

    @Test
    void aMailIsNotWrittenWhenItsChangeRollsBack() {
        String email = unique("annule");
        try {
            transactions.executeWithoutResult(tx -> {
                accounts.create(admin, new NewAccount(email, "Jamais créé", Role.READER, "ANS"));
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the account and its invitation go together
        }
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from app_user where email = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aMailToSeveralAddressesFailsAtOnceAndHoldsUpNoOther() {
        // an address stored before they were checked as one mailbox: retrying it could never succeed
        String list = unique("virgule") + ",lecteur";
        String next = unique("suivant");
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("""
                    insert into mail_outbox (kind, recipient, subject, body, next_attempt_at, created_at)
                    values ('REMINDER', ?, 'Jalons : relance de test', 'Bonjour,\nUne relance.', now(), now())""").param(list).update();
            jdbc.sql("""
                    insert into mail_outbox (kind, recipient, subject, body, next_attempt_at, created_at)
                    values ('REMINDER', ?, 'Jalons : relance suivante', 'Bonjour,\nUne autre.', now(), now())""").param(next).update();
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> ((Number) row(list).get("attempts")).intValue() > 0);
        assertThat(row(list)).containsEntry("status", "FAILED").containsEntry("attempts", 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.to(next).size() == 1);
        assertThat(smtp.to("lecteur")).isEmpty();
    }

    @Test
    void aMailThatFailedTooOftenIsListedAndCanBeSentAgainFromTheCourrielsPage() {
        smtp.stop();
        String email = unique("echec");
        transactions.executeWithoutResult(tx -> jdbc.sql("""
                insert into mail_outbox (kind, recipient, subject, body, next_attempt_at, created_at)
                values ('REMINDER', ?, 'Jalons : relance de test', 'Bonjour,\nUne relance.', now(), now())""").param(email).update());
        // 3 attempts in tests (10 in production), then it is failed
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "FAILED".equals(row(email).get("status")));
        long id = jdbc.sql("select id from mail_outbox where recipient = ?")
                .param(email)
                .query(Long.class)
                .single();

        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        String failed = session.get("/admin/courriels?statut=en-echec").body();
        assertThat(failed).contains(email, "En échec", "3 tentatives", "/admin/courriels/" + id + "/renvoi");
        assertThat(session.get("/admin/courriels/" + id).body())
                .contains("Jalons : relance de test", "Une relance.", "Dernière erreur");
        // odd parameters are ignored, never a 500
        for (String query : List.of("?page=abc", "?page=0", "?page=99999999999", "?statut=%00", "?page=9999")) {
            assertThat(session.get("/admin/courriels" + query).statusCode())
                    .as(query)
                    .isEqualTo(200);
        }
        assertThat(session.get("/admin/courriels/abc").statusCode()).isEqualTo(400);
        assertThat(session.get("/admin/courriels/999999999").statusCode()).isEqualTo(404);
        assertThat(session.get("/admin/campagne/export.xlsx").statusCode())
                .as("no campaign open")
                .isEqualTo(404);

        smtp.start();
        session.get("/admin/courriels");
        assertThat(session.post("/admin/courriels/" + id + "/renvoi", true).statusCode())
                .isEqualTo(302);
        assertThat(session.get("/admin/courriels").body()).contains("Le courriel est remis dans la file d’envoi.");
        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.to(email).size() == 1);
        assertThat(smtp.to(email).get(0).subject()).isEqualTo("Jalons : relance de test");

        // a sent mail can be sent again too (a copy), unless it carried a personal link
        assertThat(session.post("/admin/courriels/" + id + "/renvoi", true).statusCode())
                .isEqualTo(302);
        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.to(email).size() == 2);
        WebSession editor = WebSession.signedIn(port, users.editor("ANS").email(), TestUsers.PASSWORD);
        assertThat(editor.get("/admin/courriels").statusCode()).isEqualTo(403);
        assertThat(editor.post("/admin/courriels/" + id + "/renvoi", true).statusCode())
                .isEqualTo(403);
    }

    @Test
    void theCourrielsListIsPagedWithItsFilterKept() {
        transactions.executeWithoutResult(tx -> jdbc.sql("""
                insert into mail_outbox (kind, recipient, subject, body, status, next_attempt_at, created_at, sent_at)
                select 'REMINDER', 'page-' || n || '@exemple.fr', 'Jalons : relance ' || n, 'Bonjour.', 'SENT',
                  now(), now() - n * interval '1 minute', now()
                from generate_series(1, 120) n""").update());
        long sent = jdbc.sql("select count(*) from mail_outbox where status = 'SENT'")
                .query(Long.class)
                .single();
        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);

        String first = session.get("/admin/courriels?statut=envoyes").body();
        int pages = (int) ((sent + 49) / 50);
        assertThat(first)
                .contains("page 1 sur " + pages + ".")
                .contains("page-1@exemple.fr")
                .contains("href=\"/admin/courriels?statut=envoyes&amp;page=2\"")
                .doesNotContain("page-60@exemple.fr");
        String second = session.get("/admin/courriels?statut=envoyes&page=2").body();
        assertThat(second)
                .contains("<title>Courriels, page 2 — Jalons</title>")
                .contains("page-60@exemple.fr")
                .doesNotContain("page-1@exemple.fr");
        assertThat(session.get("/admin/courriels?statut=envoyes&page=" + (pages + 1))
                        .body())
                .contains("La page « " + (pages + 1) + " » n’existe pas")
                .contains("page-1@exemple.fr");
    }

    @Test
    void aSentInvitationKeepsNoLinkAndCannotBeResentFromTheCourrielsPage() {
        String email = unique("lien");
        accounts.create(admin, new NewAccount(email, "Lien effacé", Role.READER, "ANS"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "SENT".equals(row(email).get("status")));
        assertThat(row(email).get("body")).isNull();
        long id = jdbc.sql("select id from mail_outbox where recipient = ?")
                .param(email)
                .query(Long.class)
                .single();
        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        assertThat(session.get("/admin/courriels/" + id).body())
                .contains("son contenu est effacé une fois envoyé")
                .doesNotContain("/admin/courriels/" + id + "/renvoi");
        session.get("/admin/courriels");
        session.post("/admin/courriels/" + id + "/renvoi", true);
        assertThat(session.get("/admin/courriels").body()).contains("Ce courriel ne peut pas être renvoyé.");
    }
}
