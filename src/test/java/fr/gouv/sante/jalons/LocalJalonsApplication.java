package fr.gouv.sante.jalons;

import fr.gouv.sante.jalons.support.PostgresConfiguration;
import org.springframework.boot.SpringApplication;

/**
 * Runs Jalons on a developer's machine with nothing but a JDK: {@code ./mvnw spring-boot:test-run}.
 * The database is the one {@link fr.gouv.sante.jalons.support.DatabaseChoice} picks; the embedded one
 * keeps its data in {@code .jalons/postgres} so that edits survive a restart.
 */
public class LocalJalonsApplication {

    public static void main(String[] args) {
        SpringApplication.from(JalonsApplication::main)
                .with(PostgresConfiguration.class)
                .withAdditionalProfiles("local")
                .run(args);
    }
}
