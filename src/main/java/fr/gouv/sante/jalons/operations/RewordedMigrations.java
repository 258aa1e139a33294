package fr.gouv.sante.jalons.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Landed migrations whose comments were reworded: their SQL is unchanged, but Flyway's checksum covers
 * every line, so a database migrated before the rewording would refuse to start. Before Flyway
 * validates, the history row of each such migration is moved from the old checksum to the new one, and
 * only from that exact old value: any other mismatch (a real edit of a landed migration) is still
 * refused by the validation.
 *
 * <p>{@code BEFORE_VALIDATE} is the event: {@code Flyway.migrate()} validates first (validate-on-migrate)
 * and fires {@code BEFORE_MIGRATE} only after, and nothing reads the history before this event in that
 * command (the history's rows are read, then cached, by the validation itself).
 */
@Component
class RewordedMigrations implements Callback {

    /** A comment-only change of one landed migration, with Flyway's checksums before and after it. */
    record Rewording(String version, int before, int after) {}

    /** V30's first line named the ticket it came from; it now says what the migration holds. */
    static final List<Rewording> REWORDINGS = List.of(new Rewording("30", 1649545873, 106256087));

    private static final Logger LOG = LoggerFactory.getLogger(RewordedMigrations.class);

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        String table = historyTable(context.getConfiguration());
        try {
            Connection connection = context.getConnection();
            if (!exists(connection, table)) {
                return;
            }
            for (Rewording rewording : REWORDINGS) {
                realign(connection, table, rewording);
            }
        } catch (SQLException e) {
            throw new FlywayException("Could not realign the checksums of reworded migrations in " + table, e);
        }
    }

    @Override
    public String getCallbackName() {
        return "reworded migrations";
    }

    /** The history table as Flyway finds it: in the default schema, else the first schema, else the search path's. */
    private static String historyTable(Configuration configuration) {
        String schema = configuration.getDefaultSchema();
        if (schema == null && configuration.getSchemas().length > 0) {
            schema = configuration.getSchemas()[0];
        }
        String table = quoted(configuration.getTable());
        return schema == null ? table : quoted(schema) + "." + table;
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** A new database has no history yet when it is validated before its first migration. */
    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select to_regclass(?) is not null")) {
            statement.setString(1, table);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static void realign(Connection connection, String table, Rewording rewording) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "update " + table + " set checksum = ? where version = ? and checksum = ?")) {
            statement.setInt(1, rewording.after());
            statement.setString(2, rewording.version());
            statement.setInt(3, rewording.before());
            if (statement.executeUpdate() > 0) {
                LOG.info(
                        "Migration {}: checksum {} realigned to {} (its comments were reworded, its SQL is unchanged)",
                        rewording.version(),
                        rewording.before(),
                        rewording.after());
            }
        }
    }
}
