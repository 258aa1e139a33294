package fr.gouv.sante.jalons;

import fr.gouv.sante.jalons.support.PostgresConfiguration;
import fr.gouv.sante.jalons.support.TestMailServer;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * Runs Jalons on a developer's machine with nothing but a JDK: {@code ./mvnw spring-boot:test-run}.
 * The database is the one {@link fr.gouv.sante.jalons.support.DatabaseChoice} picks; the embedded one
 * keeps its data in {@code .jalons/postgres} so that edits survive a restart. Unless
 * {@code SPRING_MAIL_HOST} names a real SMTP server, an embedded one (GreenMail, port 3025 or
 * {@code JALONS_LOCAL_SMTP_PORT}) receives the mails, so that they are really sent and can be read
 * on the page "Courriels".
 */
public class LocalJalonsApplication {

    public static void main(String[] args) {
        if (System.getenv("SPRING_MAIL_HOST") == null) {
            String port = System.getenv().getOrDefault("JALONS_LOCAL_SMTP_PORT", "3025");
            TestMailServer smtp = TestMailServer.start(Integer.parseInt(port));
            System.setProperty("spring.mail.host", "127.0.0.1");
            System.setProperty("spring.mail.port", String.valueOf(smtp.port()));
            LoggerFactory.getLogger(LocalJalonsApplication.class)
                    .info(
                            "Embedded SMTP server (GreenMail) on port {}: mails are listed on /admin/courriels",
                            smtp.port());
        }
        SpringApplication.from(JalonsApplication::main)
                .with(PostgresConfiguration.class)
                .withAdditionalProfiles("local")
                .run(args);
    }
}
