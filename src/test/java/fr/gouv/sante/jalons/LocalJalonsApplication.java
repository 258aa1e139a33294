package fr.gouv.sante.jalons;

import fr.gouv.sante.jalons.support.MockProConnect;
import fr.gouv.sante.jalons.support.PostgresConfiguration;
import fr.gouv.sante.jalons.support.StopOnSignal;
import fr.gouv.sante.jalons.support.TestMailServer;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * Runs Jalons on a developer's machine with nothing but a JDK: {@code ./mvnw spring-boot:test-run}.
 * The database is the one {@link fr.gouv.sante.jalons.support.DatabaseChoice} picks; the embedded one
 * keeps its data in {@code .jalons/postgres} so that edits survive a restart. Unless
 * {@code SPRING_MAIL_HOST} names a real SMTP server, an embedded one (GreenMail, port 3025 or
 * {@code JALONS_LOCAL_SMTP_PORT}) receives the mails, so that they are really sent; they are listed on
 * the page "Courriels" and read whole, links included, on {@link LocalMails}' page. Unless a real
 * ProConnect is configured, a simulated one ({@link MockProConnect}, port 8090 or
 * {@code JALONS_LOCAL_PROCONNECT_PORT}) lets the sign-in page's ProConnect button sign in any account by
 * its address.
 */
public class LocalJalonsApplication {

    public static void main(String[] args) {
        // Ctrl-C ends the run normally (graceful shutdown, exit status 0), not as a failed build
        StopOnSignal.install();
        Logger log = LoggerFactory.getLogger(LocalJalonsApplication.class);
        baseUrl(System.getenv()).ifPresent(url -> {
            // links in mails must lead back to this run, whatever port it serves
            System.setProperty("jalons.base-url", url);
            log.info("Links in mails start with {} (SERVER_PORT; set JALONS_BASE_URL to choose)", url);
        });
        System.setProperty("spring.messages.basename", "messages,local-messages");
        TestMailServer smtp = null;
        if (System.getenv("SPRING_MAIL_HOST") == null) {
            String port = System.getenv().getOrDefault("JALONS_LOCAL_SMTP_PORT", "3025");
            smtp = TestMailServer.start(Integer.parseInt(port));
            LocalMails.readFrom(smtp);
            System.setProperty("spring.mail.host", "127.0.0.1");
            System.setProperty("spring.mail.port", String.valueOf(smtp.port()));
            log.info(
                    "Embedded SMTP server (GreenMail) on port {}: mails are listed on /admin/courriels,"
                            + " their whole text on {}",
                    smtp.port(),
                    LocalMails.PATH);
        }
        MockProConnect proConnect = null;
        if (simulatesProConnect(System.getenv())) {
            String port = System.getenv().getOrDefault("JALONS_LOCAL_PROCONNECT_PORT", "8090");
            proConnect = MockProConnect.start(Integer.parseInt(port));
            proConnect.springProperties().forEach(System::setProperty);
            log.info(
                    "Simulated ProConnect (mock-oauth2-server) at {}: the button \"S’identifier avec ProConnect\""
                            + " signs in any account by its address, e.g. editeur.ans@demo.jalons",
                    proConnect.issuerUri());
        }
        try {
            SpringApplication.from(JalonsApplication::main)
                    .with(PostgresConfiguration.class, LocalMails.class)
                    .withAdditionalProfiles("local")
                    .run(args);
        } catch (RuntimeException e) {
            // the SMTP server's threads would keep a failed run alive, holding its ports
            if (smtp != null) {
                smtp.stop();
            }
            if (proConnect != null) {
                proConnect.stop();
            }
            throw e;
        }
    }

    /**
     * Whether the launcher stands in for ProConnect: unless a real provider is configured (its client
     * id set), a newcomer can click the button and sign in as a demo account.
     */
    static boolean simulatesProConnect(Map<String, String> environment) {
        String clientId = environment.get("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_PROCONNECT_CLIENT_ID");
        return clientId == null || clientId.isBlank();
    }

    /**
     * The base of the links in mails when {@code JALONS_BASE_URL} is not set: this run's own address
     * ({@code SERVER_PORT}, 8080 by default), so that a link in a local mail can be followed.
     */
    static Optional<String> baseUrl(Map<String, String> environment) {
        String configured = environment.get("JALONS_BASE_URL");
        if (configured != null && !configured.isBlank()) {
            return Optional.empty();
        }
        String port = environment.get("SERVER_PORT");
        return Optional.of("http://localhost:" + (port == null || port.isBlank() ? "8080" : port.strip()));
    }
}
