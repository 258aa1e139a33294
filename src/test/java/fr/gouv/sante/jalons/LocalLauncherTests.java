package fr.gouv.sante.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestMailServer;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.ui.ExtendedModelMap;

/**
 * The local launcher lets a newcomer follow the links of the mails it sends: they point at the port
 * it serves, and their whole text can be read on its own page, which the packaged application lacks.
 */
@JalonsTest
class LocalLauncherTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Test
    void mailLinksPointAtThePortTheLauncherServesUnlessABaseUrlIsGiven() {
        assertThat(LocalJalonsApplication.baseUrl(Map.of("SERVER_PORT", "8092")))
                .contains("http://localhost:8092");
        assertThat(LocalJalonsApplication.baseUrl(Map.of())).contains("http://localhost:8080");
        assertThat(LocalJalonsApplication.baseUrl(
                        Map.of("SERVER_PORT", "8092", "JALONS_BASE_URL", "https://jalons.example")))
                .isEmpty();
    }

    @Test
    void theLauncherStandsInForProConnectUnlessARealOneIsConfigured() {
        assertThat(LocalJalonsApplication.simulatesProConnect(Map.of())).isTrue();
        assertThat(LocalJalonsApplication.simulatesProConnect(
                        Map.of("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_PROCONNECT_CLIENT_ID", "jalons-prod")))
                .isFalse();
    }

    @Test
    void theLocalViewerShowsTheWholeTextOfEveryReceivedMailNewestFirst() {
        TestMailServer smtp = TestMailServer.start(0);
        try {
            LocalMails.readFrom(smtp);
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(smtp.port());
            sender.send(mail("Premier", "Bonjour"));
            sender.send(mail("Invitation", "Choisissez votre mot de passe : http://localhost:8092/invitation/abc"));

            ExtendedModelMap model = new ExtendedModelMap();
            assertThat(new LocalMails.ReceivedMailsController().mails(model)).isEqualTo("local/received-mails");
            @SuppressWarnings("unchecked")
            List<TestMailServer.Mail> mails = (List<TestMailServer.Mail>) model.get("mails");
            assertThat(mails).extracting(TestMailServer.Mail::subject).containsExactly("Invitation", "Premier");
            assertThat(mails.get(0).text()).contains("http://localhost:8092/invitation/abc");
        } finally {
            LocalMails.readFrom(null);
            smtp.stop();
        }
    }

    @Test
    void thePackagedApplicationHasNoSuchPage() {
        WebSession admin = WebSession.signedIn(port, users.admin().email(), TestUsers.PASSWORD);
        HttpResponse<String> response = admin.get(LocalMails.PATH);
        assertThat(response.statusCode()).isNotEqualTo(200);
        assertThat(response.body()).doesNotContain("Courriels reçus en local");
    }

    private static SimpleMailMessage mail(String subject, String text) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom("jalons@test.jalons");
        message.setTo("nouveau@test.jalons");
        message.setSubject(subject);
        message.setText(text);
        return message;
    }
}
