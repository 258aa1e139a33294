package fr.gouv.sante.jalons.operations;

import fr.gouv.sante.jalons.shared.DatabaseOutage;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Once a connection could not be had because the database is unreachable, the following requests
 * for a connection fail at once instead of each waiting for the pool's timeout (3 s): one request
 * touches the database several times (its session, its account, its page), so waiting each time
 * would add up to many seconds. One caller at a time tries for real again, the first one at least
 * {@link #RETRY_AFTER} after the last failure; its success closes the circuit, so the node is back
 * as soon as the database is.
 */
class FailFastDataSource extends DelegatingDataSource {

    static final Duration RETRY_AFTER = Duration.ofMillis(500);
    private static final Logger LOG = LoggerFactory.getLogger(FailFastDataSource.class);

    private final LongSupplier nanoClock;
    private final AtomicBoolean open = new AtomicBoolean();
    private final AtomicBoolean trying = new AtomicBoolean();
    private final AtomicLong lastFailure = new AtomicLong();

    FailFastDataSource(DataSource target) {
        this(target, System::nanoTime);
    }

    FailFastDataSource(DataSource target, LongSupplier nanoClock) {
        super(target);
        this.nanoClock = nanoClock;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return acquire(() -> obtainTargetDataSource().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return acquire(() -> obtainTargetDataSource().getConnection(username, password));
    }

    boolean isOpen() {
        return open.get();
    }

    private Connection acquire(ConnectionSource source) throws SQLException {
        if (!open.get()) {
            return attempt(source);
        }
        boolean due = nanoClock.getAsLong() - lastFailure.get() >= RETRY_AFTER.toNanos();
        if (!due || !trying.compareAndSet(false, true)) {
            throw new SQLTransientConnectionException(
                    "Database unreachable (failing fast until it answers again)", "08001");
        }
        try {
            return attempt(source);
        } finally {
            trying.set(false);
        }
    }

    private Connection attempt(ConnectionSource source) throws SQLException {
        try {
            Connection connection = source.get();
            if (open.compareAndSet(true, false)) {
                LOG.info("Database reachable again: connections are handed out as usual");
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            if (DatabaseOutage.isCause(e)) {
                lastFailure.set(nanoClock.getAsLong());
                if (open.compareAndSet(false, true)) {
                    LOG.warn(
                            "Database unreachable ({}): connection requests fail at once until it answers",
                            DatabaseOutage.describe(e));
                }
            }
            throw e;
        }
    }

    @FunctionalInterface
    private interface ConnectionSource {
        Connection get() throws SQLException;
    }
}
