package fr.gouv.sante.jalons.history;

import fr.gouv.sante.jalons.shared.ChangeRecorded;
import java.util.List;
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

    private final JdbcClient jdbc;
    private final JsonMapper json;

    History(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void record(ChangeRecorded change) {
        jdbc.sql("""
                        insert into audit_event (actor_id, actor_label, entity_type, entity_id, objective_id, action,
                                                 before_state, after_state)
                        values (:actorId, :actorLabel, :entityType, :entityId, :objectiveId, :action,
                                cast(:before as jsonb), cast(:after as jsonb))""")
                .param("actorId", change.actorId())
                .param("actorLabel", change.actorLabel())
                .param("entityType", change.entityType())
                .param("entityId", change.entityId())
                .param("objectiveId", change.objectiveId())
                .param("action", change.action())
                .param("before", change.before() == null ? null : json.writeValueAsString(change.before()))
                .param("after", change.after() == null ? null : json.writeValueAsString(change.after()))
                .update();
    }

    /** Everything that happened to an objective, its reports and measurements, newest first. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> ofObjective(long objectiveId) {
        return jdbc.sql("""
                        select occurred_at, actor_label, entity_type, entity_id, action,
                               before_state::text as before_state, after_state::text as after_state
                        from audit_event where objective_id = :objectiveId order by occurred_at desc, id desc""")
                .param("objectiveId", objectiveId)
                .query(History::entry)
                .list();
    }

    private static HistoryEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new HistoryEntry(rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(),
                rs.getString("actor_label"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getString("action"), rs.getString("before_state"), rs.getString("after_state"));
    }

}
