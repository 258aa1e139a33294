package fr.gouv.sante.jalons.support;

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

    private static final DatabaseChoice CURRENT = detect();

    public static DatabaseChoice current() {
        return CURRENT;
    }

    private static DatabaseChoice detect() {
        if (hasText(System.getenv("SPRING_DATASOURCE_URL")) || hasText(System.getProperty("spring.datasource.url"))) {
            return ENVIRONMENT_URL;
        }
        return dockerAvailable() ? TESTCONTAINERS : EMBEDDED;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
