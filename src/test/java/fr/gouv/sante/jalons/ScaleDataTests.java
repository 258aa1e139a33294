package fr.gouv.sante.jalons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.gouv.sante.jalons.publication.domain.PublicReadPlans;
import fr.gouv.sante.jalons.support.JalonsTest;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@code scripts/scale-data.sh}, run as a developer would, on a database of its own (created, migrated
 * and dropped here, never the suite's shared one): it refuses a database with real campaign data and
 * writes nothing there, loads the expected rows once allowed, refuses a second load, and the
 * application started on the result serves the generated roadmaps' pages and API. On that data, the
 * public read models' statements read about one row per objective, not every period's
 * ({@link PublicReadPlans}).
 */
@JalonsTest
class ScaleDataTests {

    private static final Pattern JDBC_URL = Pattern.compile("(jdbc:postgresql://[^/?]+/)([^?]+)(.*)");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment environment;

    @Test
    void loadsTheSyntheticRoadmapsOnlyIntoADatabaseWithoutRealCampaignData() throws Exception {
        if (!onPath("psql")) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("psql is not on the PATH: .ci/run installs postgresql-client for this test");
            }
            assumeTrue(false, "psql (PostgreSQL client) is not on the PATH: scripts/scale-data.sh not tested");
        }
        String url;
        String user;
        try (var connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
            user = connection.getMetaData().getUserName();
        }
        String password = environment.getProperty("spring.datasource.password", "");
        Matcher jdbcUrl = JDBC_URL.matcher(url);
        assertThat(jdbcUrl.matches()).as("JDBC URL %s", url).isTrue();
        String database = "jalons_scale_test_" + ProcessHandle.current().pid();
        String scaleUrl = jdbcUrl.group(1) + database + jdbcUrl.group(3);
        Map<String, String> variables = Map.of(
                "SPRING_DATASOURCE_URL", scaleUrl,
                "SPRING_DATASOURCE_USERNAME", user,
                "SPRING_DATASOURCE_PASSWORD", password);

        jdbc.sql("drop database if exists " + database + " with (force)").update();
        jdbc.sql("create database " + database + " encoding 'UTF8' template template0")
                .update();
        SingleConnectionDataSource scaleSource = new SingleConnectionDataSource(scaleUrl, user, password, true);
        try {
            JdbcClient scale = JdbcClient.create(scaleSource);

            Result unmigrated = run(variables, "1");
            assertThat(unmigrated.exit()).as(unmigrated.output()).isEqualTo(2);
            assertThat(unmigrated.output()).contains("Refused, nothing written", "not migrated");

            Flyway.configure()
                    .dataSource(scaleUrl, user, password)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();

            // an account of a real person: the database may hold the DNS's record
            scale.sql(
                            "insert into app_user (email, display_name, role) values ('agent@sante.gouv.fr', 'Agent', 'ADMIN')")
                    .update();
            Result refused = run(variables, "1");
            assertThat(refused.exit()).as(refused.output()).isEqualTo(2);
            assertThat(refused.output()).contains("real campaign data", "agent@sante.gouv.fr");
            assertThat(count(scale, "select count(*) from roadmap")).isEqualTo(2);
            assertThat(count(scale, "select count(*) from organisation where acronym like 'SYN-%'"))
                    .isZero();

            scale.sql("delete from app_user").update();
            Result loaded = run(variables, "1", "--seed", "7");
            assertThat(loaded.exit()).as(loaded.output()).isZero();
            assertThat(loaded.output()).contains("loaded in", "progress reports");

            // one roadmap like 2023-2027 and the roadmap of 2,000 objectives, 20 periods each
            assertThat(count(scale, "select count(*) from roadmap where code like 'SYNTH-%'"))
                    .isEqualTo(2);
            assertThat(count(
                            scale,
                            "select count(*) from objective o join roadmap r on r.id = o.roadmap_id"
                                    + " where r.code = 'SYNTH-0001'"))
                    .isEqualTo(65);
            assertThat(count(
                            scale,
                            "select count(*) from priority p join roadmap r on r.id = p.roadmap_id"
                                    + " where r.code = 'SYNTH-0001'"))
                    .isEqualTo(18);
            assertThat(count(
                            scale,
                            "select count(*) from objective o join roadmap r on r.id = o.roadmap_id"
                                    + " where r.code = 'SYNTH-GRANDE'"))
                    .isEqualTo(2000);
            assertThat(count(
                            scale,
                            "select count(*) from reporting_period p join roadmap r on r.id = p.roadmap_id"
                                    + " where r.code like 'SYNTH-%' and p.published_at is not null"))
                    .isEqualTo(40);
            assertThat(count(
                            scale,
                            "select count(*) from progress_report r join objective o on o.id = r.objective_id"
                                    + " join roadmap m on m.id = o.roadmap_id where m.code like 'SYNTH-%'"
                                    + " and r.state = 'PUBLISHED'"))
                    .isEqualTo(2065L * 20);
            assertThat(
                            count(
                                    scale,
                                    "select count(*) from progress_report r"
                                            + " where not exists (select 1 from published_revision v where v.report_id = r.id)"))
                    .isZero();
            assertThat(count(scale, "select count(*) from measurement where report_id is not null"))
                    .isPositive();
            assertThat(count(scale, "select count(*) from audit_event where action = 'PUBLISHED'"))
                    .isGreaterThanOrEqualTo(2065L * 20);
            assertThat(count(scale, "select count(*) from roadmap where state = 'CURRENT' and code = 'SYNTH-GRANDE'"))
                    .isEqualTo(1);
            Result again = run(variables, "1", "--seed", "7");
            assertThat(again.exit()).as(again.output()).isEqualTo(2);
            assertThat(again.output()).contains("already holds synthetic data");

            // the public read models read about one row per objective, not every period's: 2,000
            // objectives of the current roadmap and 20 published periods give 40,000 reports
            long objectives = count(
                    scale,
                    "select count(*) from objective o join roadmap r on r.id = o.roadmap_id where r.state = 'CURRENT'");
            PublicReadPlans.statements().forEach((name, sql) -> {
                String plan = PublicReadPlans.plan(scale, sql);
                assertThat(PublicReadPlans.rowsRead(plan))
                        .as(
                                "rows of the history's tables read by the %s of %d objectives; plan:%n%s",
                                name, objectives, plan)
                        .allSatisfy((table, rows) -> assertThat(rows).as(table).isLessThanOrEqualTo(3 * objectives));
            });
            // and the count tells them from a statement that reads the whole history
            assertThat(PublicReadPlans.rowsRead(PublicReadPlans.plan(scale, PublicReadPlans.wholeHistory()))
                            .get("progress_report"))
                    .isGreaterThanOrEqualTo(20 * objectives);

            ConfigurableApplicationContext application = new SpringApplicationBuilder(JalonsApplication.class)
                    .run(
                            "--spring.datasource.url=" + scaleUrl,
                            "--spring.datasource.username=" + user,
                            "--spring.datasource.password=" + password,
                            "--server.port=0",
                            "--management.server.port=0",
                            "--jalons.reminders.cron=-");
            try {
                String base = "http://localhost:" + application.getEnvironment().getProperty("local.server.port");
                assertThat(get(base + "/objectifs/1-1")).contains("Objectif synthétique 1-1", "Texte synthétique");
                assertThat(get(base + "/api/v1/objectives/40-50")).contains("Objectif synthétique 40-50");
                assertThat(get(base + "/objectifs")).contains("Objectif synthétique 1-1");
                assertThat(get(base + "/opendata/objectives.csv")).contains("Objectif synthétique 17-25");
                assertThat(get(base + "/feuilles-de-route/synthetique-1/objectifs/18-3"))
                        .contains("Objectif synthétique 18-3", "Feuille de route synthétique n° 1");
                assertThat(get(base + "/api/v1/roadmaps/synthetique-1/objectives/1-1"))
                        .contains("Objectif synthétique 1-1");
            } finally {
                application.close();
            }

        } finally {
            scaleSource.destroy();
            jdbc.sql("drop database if exists " + database + " with (force)").update();
        }
    }

    private static long count(JdbcClient database, String sql) {
        return database.sql(sql).query(Long.class).single();
    }

    private static String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("GET %s", url).isEqualTo(200);
        return response.body();
    }

    private record Result(int exit, String output) {}

    private static Result run(Map<String, String> variables, String... arguments)
            throws IOException, InterruptedException {
        String[] command = new String[arguments.length + 1];
        command[0] = "scripts/scale-data.sh";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(variables);
        Process process = builder.start();
        // read to the end first: a full pipe would block the script
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES))
                .as("scripts/scale-data.sh finished within 5 minutes")
                .isTrue();
        return new Result(process.exitValue(), output);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null
                && Arrays.stream(path.split(File.pathSeparator))
                        .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
