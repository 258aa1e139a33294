package fr.gouv.sante.jalons.support;

import ch.qos.logback.classic.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * Which real PostgreSQL the tests and the local launcher use, in this order: the URL given in the
 * environment ({@code SPRING_DATASOURCE_URL}); else a Testcontainers PostgreSQL when a Docker engine
 * answers; else an embedded PostgreSQL (real server binaries, no Docker needed). Never H2.
 */
public enum DatabaseChoice {
    ENVIRONMENT_URL,
    TESTCONTAINERS,
    EMBEDDED;

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseChoice.class);
    private static final DatabaseChoice CURRENT = detect();

    public static DatabaseChoice current() {
        return CURRENT;
    }

    private static DatabaseChoice detect() {
        DatabaseChoice choice;
        if (hasText(System.getenv("SPRING_DATASOURCE_URL")) || hasText(System.getProperty("spring.datasource.url"))) {
            choice = ENVIRONMENT_URL;
        } else {
            choice = dockerAvailable() ? TESTCONTAINERS : EMBEDDED;
        }
        LOG.info(
                "PostgreSQL for this run: {}",
                switch (choice) {
                    case ENVIRONMENT_URL -> "the server given by SPRING_DATASOURCE_URL";
                    case TESTCONTAINERS -> "a Testcontainers container (Docker engine found)";
                    case EMBEDDED -> "an embedded server (no SPRING_DATASOURCE_URL, no Docker engine)";
                });
        return choice;
    }

    /**
     * Whether a Docker engine answers, asked without a word in the log: Testcontainers logs its failed
     * search as an ERROR with every strategy it tried, although no Docker is a normal case here (the
     * embedded server takes over) and the one INFO line of {@link #detect()} says what was chosen.
     */
    static boolean dockerAvailable() {
        Logger testcontainers = LoggerFactory.getLogger("org.testcontainers");
        ch.qos.logback.classic.Logger quieted =
                testcontainers instanceof ch.qos.logback.classic.Logger logback ? logback : null;
        Level level = quieted == null ? null : quieted.getLevel();
        if (quieted != null) {
            quieted.setLevel(Level.OFF);
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        } finally {
            if (quieted != null) {
                quieted.setLevel(level);
            }
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
