package fr.gouv.sante.jalons.publication.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statements behind the public read models (every objective's public status, from which the
 * counts per status and an organisation's objectives are drawn; the published periods, the latest of
 * which "what changed" compares), and how many rows of the history's big tables each reads, as
 * PostgreSQL's own plan counts them once run ({@code explain (analyze, format json)}).
 */
public final class PublicReadPlans {

    /** The tables that grow with every period published. */
    public static final Set<String> HISTORY_TABLES = Set.of("progress_report", "published_revision", "measurement");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PublicReadPlans() {}

    public static Map<String, String> statements() {
        Map<String, String> statements = new LinkedHashMap<>();
        statements.put("public statuses", PublishedRecordRepository.PUBLIC_STATUSES);
        statements.put("published periods", PublishedRecordRepository.PUBLISHED_PERIODS);
        return statements;
    }

    /** Every period's statuses (the bilan's history): what a public read model must not read. */
    public static String wholeHistory() {
        return PublishedRecordRepository.PUBLISHED_STATUSES;
    }

    /** The plan, run, of one statement, in PostgreSQL's JSON. */
    public static String plan(JdbcClient database, String sql) {
        return database.sql("explain (analyze, format json) " + sql)
                .query(String.class)
                .single();
    }

    /**
     * Rows each of {@link #HISTORY_TABLES} gave the plan, by table: those a scan returned plus those it
     * read and filtered out, over all its loops (PostgreSQL reports both per loop).
     */
    public static Map<String, Long> rowsRead(String plan) {
        Map<String, Long> rows = new LinkedHashMap<>();
        List<JsonNode> pending = new ArrayList<>();
        pending.add(JSON.readTree(plan).get(0).get("Plan"));
        while (!pending.isEmpty()) {
            JsonNode node = pending.remove(pending.size() - 1);
            String table = node.path("Relation Name").asString("");
            if (HISTORY_TABLES.contains(table)) {
                double perLoop = node.path("Actual Rows").asDouble()
                        + node.path("Rows Removed by Filter").asDouble()
                        + node.path("Rows Removed by Index Recheck").asDouble();
                rows.merge(table, Math.round(perLoop * node.path("Actual Loops").asDouble()), Long::sum);
            }
            node.path("Plans").forEach(pending::add);
        }
        return rows;
    }
}
