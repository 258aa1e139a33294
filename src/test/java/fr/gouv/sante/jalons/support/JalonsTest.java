package fr.gouv.sante.jalons.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port against a real PostgreSQL, with a fixed clock, Hibernate
 * statistics on (to count SQL statements), passwords hashed at a token cost and a GreenMail SMTP server
 * receiving the mails. Every integration test uses this one annotation so that
 * they share a single cached Spring context.
 *
 * <p>Before each test the database is back to the migrations' data and every cache is empty
 * ({@link ResetToReferenceData}): tests write their data with {@link TestUsers} and
 * {@link CampaignFixture} (both beans) and never clean up.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.jpa.properties.hibernate.generate_statistics=true",
            // mails: delivered and retried quickly; reminders only when a test asks (no cron)
            "jalons.mail.delivery-interval=PT0.2S",
            "jalons.mail.retry-delay=PT0.5S",
            "jalons.mail.max-attempts=3",
            "jalons.reminders.cron=-",
            // a publication's bilan PDF only when a test reads it (CampaignFixture.bilanWritten): seconds
            // of CPU each, and most tests that publish never look at it
            "jalons.bilan.write-after-publication=false",
            // a throttle a test reaches in a few requests
            "jalons.api.requests-per-minute=10",
            "logging.level.com.icegreen=WARN",
            // Argon2id at a token cost: production's 19 MiB would spend seconds of the suite in sign-ins
            "jalons.security.password-memory=64",
            "jalons.security.password-iterations=1",
            // the management endpoints on a random port of their own, as in production (8081)
            "management.server.port=0",
            // the tests play the reverse proxy from loopback (WebSession sends X-Forwarded-For)
            "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1"
        })
@ExtendWith(ResetToReferenceData.class)
@Import({
    PostgresConfiguration.class,
    FixedClockConfiguration.class,
    MailServerConfiguration.class,
    TestDataConfiguration.class,
    ViewNameHeader.class
})
public @interface JalonsTest {}
