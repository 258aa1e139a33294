package fr.gouv.sante.jalons.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.sante.jalons.support.JalonsTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database migrated before V30's comment was reworded starts with the new checksum, and any other
 * mismatch is still refused. The application's own Flyway (with the callbacks Spring Boot gave it) runs
 * on a copy of the test database's history in a schema of its own: every migration is applied there,
 * so {@code migrate()} validates, finds nothing to run, and the test database's history is untouched.
 */
@JalonsTest
class RewordedMigrationsTests {

    private static final String SCHEMA = "reworded_migrations_test";

    private static final RewordedMigrations.Rewording V30 = RewordedMigrations.REWORDINGS.get(0);

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void copyTheHistory() {
        jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
        jdbc.sql("create schema " + SCHEMA).update();
        jdbc.sql("create table " + SCHEMA + ".flyway_schema_history as table public.flyway_schema_history")
                .update();
    }

    @AfterEach
    void dropTheCopy() {
        jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
    }

    @Test
    void theTestDatabaseHoldsTheNewChecksum() {
        assertThat(checksum("public")).isEqualTo(V30.after());
    }

    @Test
    void aDatabaseMigratedBeforeTheRewordingMigratesAndEndsWithTheNewChecksum() {
        setChecksum(V30.before());

        flywayOnTheCopy().migrate();

        assertThat(checksum(SCHEMA)).isEqualTo(V30.after());
    }

    @Test
    void anyOtherMismatchIsStillRefused() {
        setChecksum(V30.before() + 1);

        assertThatThrownBy(() -> flywayOnTheCopy().migrate())
                .isInstanceOf(FlywayValidateException.class)
                .hasMessageContaining("checksum mismatch");
        assertThat(checksum(SCHEMA)).isEqualTo(V30.before() + 1);
    }

    private Flyway flywayOnTheCopy() {
        return Flyway.configure()
                .configuration(flyway.getConfiguration())
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .createSchemas(false)
                .load();
    }

    private void setChecksum(int checksum) {
        jdbc.sql("update " + SCHEMA + ".flyway_schema_history set checksum = ? where version = ?")
                .params(checksum, V30.version())
                .update();
    }

    private int checksum(String schema) {
        return jdbc.sql("select checksum from " + schema + ".flyway_schema_history where version = ?")
                .param(V30.version())
                .query(Integer.class)
                .single();
    }
}
