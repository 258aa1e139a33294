package fr.gouv.sante.jalons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.gouv.sante.jalons.support.JalonsTest;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@code db/backup.sh} and {@code db/restore.sh}, run as an operator would (with
 * {@code DATABASE_URL}), on the test suite's database: the dump restored into a new database has
 * every table of the schema, {@code flyway_schema_history} included, with identical rows.
 */
@JalonsTest
class BackupRestoreTests {

    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^/?]+)/([^?]+).*");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment environment;

    @Test
    void aBackupRestoredIntoANewDatabaseHasEveryRowOfEveryTable(@TempDir Path directory) throws Exception {
        assumeTrue(
                onPath("pg_dump") && onPath("pg_restore"),
                "pg_dump and pg_restore (PostgreSQL client tools) are not on the PATH: backup/restore not tested");
        String url;
        String user;
        String password;
        try (var connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
            user = connection.getMetaData().getUserName();
        }
        password = environment.getProperty("spring.datasource.password", "");
        Matcher jdbcUrl = JDBC_URL.matcher(url);
        assertThat(jdbcUrl.matches()).as("JDBC URL %s", url).isTrue();
        String copy = "jalons_restore_" + ProcessHandle.current().pid();
        Path dump = directory.resolve("jalons.dump");

        // The application keeps writing while the test runs (mail delivery, sessions): the original's
        // rows are hashed in the same snapshot as the one pg_dump reads (BACKUP_SNAPSHOT).
        Map<String, String> original;
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(java.sql.Connection.TRANSACTION_REPEATABLE_READ);
            JdbcClient snapshot = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            String exported = snapshot.sql("select pg_export_snapshot()")
                    .query(String.class)
                    .single();
            original = rowHashes(snapshot);
            run(
                    Map.of(
                            "DATABASE_URL",
                            "postgresql://" + jdbcUrl.group(1) + "/" + jdbcUrl.group(2),
                            "PGUSER",
                            user,
                            "PGPASSWORD",
                            password,
                            "BACKUP_SNAPSHOT",
                            exported),
                    "db/backup.sh",
                    dump.toString());
            connection.commit();
        }
        assertThat(dump).isNotEmptyFile();
        jdbc.sql("drop database if exists " + copy + " with (force)").update();
        jdbc.sql("create database " + copy + " encoding 'UTF8' template template0")
                .update();
        try {
            run(
                    Map.of(
                            "DATABASE_URL",
                            "postgresql://" + jdbcUrl.group(1) + "/" + copy,
                            "PGUSER",
                            user,
                            "PGPASSWORD",
                            password),
                    "db/restore.sh",
                    dump.toString());
            SingleConnectionDataSource restoredSource = new SingleConnectionDataSource(
                    url.replace("/" + jdbcUrl.group(2), "/" + copy), user, password, true);
            Map<String, String> restored;
            try {
                restored = rowHashes(JdbcClient.create(restoredSource));
            } finally {
                restoredSource.destroy();
            }
            assertThat(original).containsKeys("flyway_schema_history", "objective", "progress_report");
            assertThat(restored).isEqualTo(original);
        } finally {
            jdbc.sql("drop database if exists " + copy + " with (force)").update();
        }
    }

    /** Table name → md5 of its rows as text, in a stable order (an empty table hashes to its own value). */
    private static Map<String, String> rowHashes(JdbcClient database) {
        List<String> tables = database.sql("""
                select table_name from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name""").query(String.class).list();
        Map<String, String> hashes = new TreeMap<>();
        for (String table : tables) {
            hashes.put(
                    table,
                    database.sql("select coalesce(md5(string_agg(t::text, ',' order by t::text)), 'empty') "
                                    + "from public.\"" + table + "\" t")
                            .query(String.class)
                            .single());
        }
        return hashes;
    }

    private static void run(Map<String, String> variables, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(variables);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("%s finished within 2 minutes", command[0])
                .isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue())
                .as("%s exit status; output:%n%s", command[0], output)
                .isZero();
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null
                && Arrays.stream(path.split(File.pathSeparator))
                        .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
