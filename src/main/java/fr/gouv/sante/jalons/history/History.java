package fr.gouv.sante.jalons.history;

import fr.gouv.sante.jalons.shared.ChangeRecorded;
import fr.gouv.sante.jalons.shared.ChangesRecorded;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the audit trail. The listener is synchronous and joins the caller's transaction, so a change
 * and its record are committed together or not at all. The table refuses updates and deletes.
 */
@Service
public class History {

    /** The most changes {@link #find(HistoryFilter)} returns at once; longer lists are read in pages. */
    public static final int MAX_ENTRIES = 500;

    // days are Paris days: a change at 00:30 in Paris belongs to that day, not the one before in UTC
    private static final String WHERE = """
            where (cast(:objectiveId as bigint) is null or objective_id = :objectiveId)
              and (cast(:actor as text) is null or actor_label = :actor)
              and (cast(:from as date) is null or occurred_at >= (cast(:from as date)::timestamp at time zone 'Europe/Paris'))
              and (cast(:to as date) is null or occurred_at < ((cast(:to as date) + 1)::timestamp at time zone 'Europe/Paris'))
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    History(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void record(ChangeRecorded change) {
        record(new ChangesRecorded(List.of(change)));
    }

    /**
     * One statement for all of them, sent as one JSON document that PostgreSQL reads as rows: a
     * publication of thousands of reports is neither thousands of statements nor arrays of thousands
     * of JSON texts, each quote of which the driver would escape.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void record(ChangesRecorded changes) {
        if (changes.changes().isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into audit_event (actor_id, actor_label, entity_type, entity_id, objective_id, action,
                                                 before_state, after_state)
                        select "actorId", "actorLabel", "entityType", "entityId", "objectiveId", action, before, after
                        from jsonb_to_recordset(cast(:changes as jsonb))
                             as change ("actorId" bigint, "actorLabel" text, "entityType" text, "entityId" text,
                                        "objectiveId" bigint, action text, before jsonb, after jsonb)""")
                .param("changes", json.writeValueAsString(changes.changes()))
                .update();
    }

    /** Everything that happened to an objective, its reports and measurements, newest first. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> ofObjective(long objectiveId) {
        return find(HistoryFilter.ofObjective(objectiveId));
    }

    /** The changes the filter selects, newest first, at most {@value #MAX_ENTRIES}. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> find(HistoryFilter filter) {
        return find(filter, 0, MAX_ENTRIES);
    }

    /**
     * One page of the changes the filter selects, newest first: {@code size} of them after the first
     * {@code offset}. The database reads and sends only these rows, however long the trail.
     */
    @Transactional(readOnly = true)
    public List<HistoryEntry> find(HistoryFilter filter, long offset, int size) {
        return filtered("""
                        select id, occurred_at, actor_id, actor_label, entity_type, entity_id, objective_id, action,
                               before_state::text as before_state, after_state::text as after_state
                        from audit_event
                        """ + WHERE + """
                        order by occurred_at desc, id desc
                        limit :limit offset :offset""", filter)
                .param("limit", size)
                .param("offset", offset)
                .query(History::entry)
                .list();
    }

    /** How many changes the filter selects (the pages' count, read apart from the page itself). */
    @Transactional(readOnly = true)
    public long count(HistoryFilter filter) {
        return filtered("select count(*) from audit_event\n" + WHERE, filter)
                .query(Long.class)
                .single();
    }

    private JdbcClient.StatementSpec filtered(String sql, HistoryFilter filter) {
        return jdbc.sql(sql)
                .param("objectiveId", filter.objectiveId())
                .param("actor", filter.actor())
                .param("from", filter.from())
                .param("to", filter.to());
    }

    /**
     * Every name in the whole trail, in order, by a skip scan of {@code ix_audit_event_actor}: each step
     * probes the index for the next name after the previous one, so the cost is the number of people,
     * not the number of changes. PostgreSQL does not skip on its own for a {@code select distinct}.
     */
    static final String ALL_ACTORS = """
            with recursive actor (label) as (
                (select actor_label from audit_event order by actor_label limit 1)
                union all
                select (select e.actor_label from audit_event e where e.actor_label > actor.label
                        order by e.actor_label limit 1)
                from actor where actor.label is not null)
            select label from actor where label is not null""";

    /** The people (as recorded) who changed anything of this objective, or anything at all when null, by name. */
    @Transactional(readOnly = true)
    public List<String> actors(@Nullable Long objectiveId) {
        if (objectiveId == null) {
            return jdbc.sql(ALL_ACTORS).query(String.class).list();
        }
        // one objective's trail is short, and read through ix_audit_event_objective
        return jdbc.sql("""
                        select distinct actor_label from audit_event
                        where objective_id = :objectiveId
                        order by actor_label""")
                .param("objectiveId", objectiveId)
                .query(String.class)
                .list();
    }

    private static HistoryEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new HistoryEntry(
                rs.getLong("id"),
                rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(),
                rs.getObject("actor_id", Long.class),
                rs.getString("actor_label"),
                rs.getString("entity_type"),
                rs.getString("entity_id"),
                rs.getObject("objective_id", Long.class),
                rs.getString("action"),
                rs.getString("before_state"),
                rs.getString("after_state"));
    }
}
