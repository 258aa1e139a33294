package fr.gouv.sante.jalons.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database outage (no connection could be had or kept) from any other failure, whatever
 * layer wrapped it: Spring's transaction and data-access exceptions, Hibernate's, Hikari's, the
 * PostgreSQL driver's (SQL state class {@code 08}, "connection exception").
 */
public final class DatabaseOutage {

    private static final int MAX_DEPTH = 20;

    private DatabaseOutage() {}

    /** Whether {@code failure} or one of its causes says the database cannot be reached. */
    public static boolean isCause(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (current instanceof CannotCreateTransactionException
                    || current instanceof DataAccessResourceFailureException
                    || current instanceof org.hibernate.exception.JDBCConnectionException
                    || current instanceof SQLTransientConnectionException
                    || current instanceof SQLNonTransientConnectionException
                    || (current instanceof SQLException sql && isConnectionFailure(sql))) {
                return true;
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return false;
    }

    private static boolean isConnectionFailure(SQLException e) {
        // SQL state class 08 is "connection exception"; Hikari's closed-connection proxy (a rollback
        // on a connection the server dropped) says so only in its message
        return (e.getSQLState() != null && e.getSQLState().startsWith("08"))
                || "Connection is closed".equals(e.getMessage());
    }

    /** The innermost cause's message, for a single log line instead of a stack trace. */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < MAX_DEPTH; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
