package fr.gouv.sante.jalons.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database as the migrations leave it (the roadmap, the organisations, the 2024-S2 period and its
 * published reports, the sources), copied once into the schema {@value #SCHEMA} of the test database
 * and put back before every test by {@link ResetToReferenceData}: whatever a test added, changed or
 * deleted, in any table, is undone, and the next test starts from the same rows whatever ran before.
 *
 * <p>The copy is taken right after Flyway migrated an empty schema, the only moment the data is known
 * to be the migrations' own; it is kept between runs with the signature of the migrations it was taken
 * after. A database whose migrations changed, or that was migrated without a copy (by an earlier run),
 * is cleaned and migrated again first: it holds test data only.
 *
 * <p>Putting back touches only the rows that differ, so a test that changed little costs little: in
 * each table, rows that are not identical to a reference row are deleted and the missing reference
 * rows inserted again, in one transaction with the foreign keys' triggers off (the tables can then be
 * taken in any order, and the audit trail's append-only trigger lets its test rows go); the result is
 * the reference, which is consistent. Identities are not restarted: an id is never used twice, so a
 * background task still busy with the previous test's rows (a mail being sent) cannot reach the next
 * test's. No bilan is left being written either: see {@link #awaitNoBilanBeingWritten()}.
 */
public final class ReferenceData {

    static final String SCHEMA = "jalons_reference";

    /** Bumped when what the copy holds changes, so that copies taken by older test code are taken again. */
    private static final String FORMAT = "1";

    /**
     * Not copied: Flyway's own history, and the bilan editions, which the application writes itself
     * at start (edition 1 of each published period, its PDF rendered in the background): the reset
     * keeps those and deletes the editions tests issued.
     */
    private static final Set<String> NOT_COPIED = Set.of("flyway_schema_history", "bilan_edition");

    /** The editions the reset keeps: the first of each reference period, which the start writes. */
    private static final String KEPT_EDITIONS =
            "number = 1 and period_code in (select code from " + SCHEMA + ".reporting_period)";

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceData.class);

    private static final Duration BILAN_WAIT = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private volatile String restore;

    public ReferenceData(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /**
     * Migrates, then makes sure the copy is the one of these migrations: what the test context runs
     * instead of Flyway's plain {@code migrate()}.
     */
    static void migrate(Flyway flyway) {
        boolean empty = flyway.info().applied().length == 0;
        flyway.migrate();
        DataSource dataSource = flyway.getConfiguration().getDataSource();
        JdbcClient database = JdbcClient.create(dataSource);
        String signature = signature(database);
        if (signature.equals(recordedSignature(database))) {
            return;
        }
        if (!empty) {
            LOG.warn(
                    "The test database was migrated without a copy of these migrations' data: it is cleaned and"
                            + " migrated again, then copied into schema {}",
                    SCHEMA);
            Flyway.configure()
                    .configuration(flyway.getConfiguration())
                    .cleanDisabled(false)
                    .load()
                    .clean();
            flyway.migrate();
        }
        record(dataSource, signature);
    }

    /** Puts the reference rows back: see the class comment. */
    public void restore() {
        awaitNoBilanBeingWritten();
        String script = restore;
        if (script == null) {
            script = restoreScript();
            restore = script;
        }
        String statements = script;
        try {
            transactions.executeWithoutResult(status -> jdbc.execute(statements));
        } catch (DataAccessException e) {
            throw new IllegalStateException(
                    "Could not put the reference data back. The reset turns the foreign keys' triggers off"
                            + " (session_replication_role): the test database's user must be a superuser, as"
                            + " the three databases of DatabaseChoice give",
                    e);
        }
    }

    /**
     * A bilan's PDF is written in the background, seconds of CPU and queries: one still being written
     * when a test ends would share the machine and the SQL statistics (what {@code QueryCountTests}
     * counts) with the next. In the tests a publication leaves its edition pending, never written
     * ({@code jalons.bilan.write-after-publication} is off), and the reset deletes it; a test that
     * reads one has it written and waits for it ({@link CampaignFixture#bilanWritten}), as the tests
     * that issue or retry an edition wait for theirs. What is left to wait for is the edition the start
     * writes, of the reference period, which the reset keeps: it is awaited while pending; if it is
     * not written within {@link #BILAN_WAIT} (a stuck generator), the reset goes on.
     */
    private void awaitNoBilanBeingWritten() {
        long deadline = System.nanoTime() + BILAN_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Integer pending = jdbc.queryForObject(
                    "select count(*) from public.bilan_edition where state = 'PENDING' and " + KEPT_EDITIONS,
                    Integer.class);
            if (pending == null || pending == 0) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        LOG.warn("The reference bilan edition is still being written after {}: the reset goes on", BILAN_WAIT);
    }

    private static String signature(JdbcClient database) {
        return FORMAT + ":" + database.sql("""
                                select md5(string_agg(coalesce(version, '') || ':' || coalesce(checksum::text, '')
                                    || ':' || success, ',' order by installed_rank))
                                from flyway_schema_history""").query(String.class).single();
    }

    private static String recordedSignature(JdbcClient database) {
        boolean copied = database.sql("select to_regclass(?) is not null")
                .param(SCHEMA + ".signature")
                .query(Boolean.class)
                .single();
        return copied
                ? database.sql("select value from " + SCHEMA + ".signature")
                        .query(String.class)
                        .optional()
                        .orElse(null)
                : null;
    }

    private static void record(DataSource dataSource, String signature) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(status -> {
            jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
            jdbc.execute("create schema " + SCHEMA);
            for (String table : jdbc.queryForList("""
                    select table_name from information_schema.tables
                    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name""", String.class)) {
                if (!NOT_COPIED.contains(table)) {
                    jdbc.execute("create table " + SCHEMA + ".\"" + table + "\" as table public.\"" + table + "\"");
                }
            }
            jdbc.execute("create table " + SCHEMA + ".signature (value text not null)");
            jdbc.update("insert into " + SCHEMA + ".signature (value) values (?)", signature);
        });
        LOG.info("Reference data of the migrations copied into schema {}", SCHEMA);
    }

    /** The statements that put every copied table back, written once from the catalog. */
    private String restoreScript() {
        List<String> statements = new ArrayList<>();
        statements.add("set local session_replication_role = replica");
        for (String table : jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = ? and table_name <> 'signature'"
                        + " order by table_name",
                String.class,
                SCHEMA)) {
            String live = "public.\"" + table + "\"";
            String copy = SCHEMA + ".\"" + table + "\"";
            Integer rows = jdbc.queryForObject("select count(*) from " + copy, Integer.class);
            if (rows == null || rows == 0) {
                statements.add("delete from " + live);
                continue;
            }
            // generated columns follow from the others (and cannot be inserted)
            List<String> columns = jdbc.queryForList("""
                    select quote_ident(attname) from pg_attribute
                    where attrelid = ?::regclass and attnum > 0 and not attisdropped and attgenerated = ''
                    order by attnum""", String.class, live);
            String list = String.join(", ", columns);
            String liveRow = rowHash("l", columns);
            String copyRow = rowHash("c", columns);
            statements.add("delete from " + live + " l where " + liveRow + " not in (select " + copyRow + " from "
                    + copy + " c)");
            statements.add("insert into " + live + " (" + list + ") select " + list + " from " + copy + " c where "
                    + copyRow + " not in (select " + liveRow + " from " + live + " l)");
        }
        statements.add("delete from public.bilan_edition where not (" + KEPT_EDITIONS + ")");
        return String.join(";\n", statements);
    }

    private static String rowHash(String alias, List<String> columns) {
        return "md5(row(" + columns.stream().map(c -> alias + "." + c).collect(Collectors.joining(", ")) + ")::text)";
    }
}
