package fr.gouv.sante.jalons.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Provides the PostgreSQL chosen by {@link DatabaseChoice}. With an environment URL it adds nothing:
 * Spring Boot reads {@code SPRING_DATASOURCE_*} itself.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresConfiguration {

    /** Where the local launcher keeps its embedded database between runs; tests use a fresh one. */
    static final String DATA_DIRECTORY_PROPERTY = "jalons.local-database.directory";

    @Bean
    @ServiceConnection
    @Conditional(OnTestcontainers.class)
    PostgreSQLContainer postgresContainer() {
        return new PostgreSQLContainer("postgres:17-alpine");
    }

    @Bean(destroyMethod = "close")
    @Conditional(OnEmbedded.class)
    EmbeddedPostgres embeddedPostgres(Environment environment) throws IOException {
        // stopped by this bean's close, once the context has finished its graceful shutdown: the library's
        // own shutdown hook would stop the server at the same time, under requests still being served
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
        String directory = environment.getProperty(DATA_DIRECTORY_PROPERTY);
        if (directory != null && !directory.isBlank()) {
            Path path = Path.of(directory).toAbsolutePath();
            Files.createDirectories(path);
            builder.setDataDirectory(path).setCleanDataDirectory(false);
        }
        return builder.start();
    }

    /**
     * The embedded server as the application's connection: what the DataSource and Flyway use, in the
     * tests and in the local launcher alike (a {@link DynamicPropertyRegistrar} is read by the test
     * framework only, so the launcher's run would otherwise fall back to application.properties).
     */
    @Bean
    @Conditional(OnEmbedded.class)
    JdbcConnectionDetails embeddedPostgresConnection(EmbeddedPostgres postgres) {
        String url = postgres.getJdbcUrl("postgres", "postgres");
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "postgres";
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }

    /** The same connection as properties, for the tests that read {@code spring.datasource.*}. */
    @Bean
    @Conditional(OnEmbedded.class)
    DynamicPropertyRegistrar embeddedPostgresProperties(EmbeddedPostgres postgres) {
        return registry -> {
            registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
            registry.add("spring.datasource.username", () -> "postgres");
            registry.add("spring.datasource.password", () -> "");
        };
    }

    static class OnTestcontainers implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return DatabaseChoice.current() == DatabaseChoice.TESTCONTAINERS;
        }
    }

    static class OnEmbedded implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return DatabaseChoice.current() == DatabaseChoice.EMBEDDED;
        }
    }
}
