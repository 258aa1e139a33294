package fr.gouv.sante.jalons.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * One thread per node listening to {@link PublicCaches#CHANNEL} on its own PostgreSQL connection
 * (outside the pool: it is held for the node's life), and handing what it hears to
 * {@link PublicCaches}, which clears this node's caches when another node changed what the public
 * sees. If the connection breaks it reconnects, 1 s then up to 10 s apart, and has the caches
 * cleared once reconnected, since notifications sent meanwhile are lost. The caches' own expiry
 * (10 minutes) stays the backstop.
 */
@Component
class CacheNotificationListener implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(CacheNotificationListener.class);
    static final String APPLICATION_NAME = "jalons-cache-listener";
    private static final int POLL_MILLIS = 500;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final JdbcConnectionDetails database;
    private final PublicCaches caches;
    private volatile boolean running;
    private volatile boolean listening;
    private volatile @Nullable Connection connection;
    private @Nullable Thread thread;

    CacheNotificationListener(JdbcConnectionDetails database, PublicCaches caches) {
        this.database = database;
        this.caches = caches;
    }

    @Override
    public synchronized void start() {
        running = true;
        Thread listener = new Thread(this::listen, "cache-notifications");
        listener.setDaemon(true);
        thread = listener;
        listener.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread listener = thread;
        if (listener != null) {
            listener.interrupt();
            closeQuietly();
            try {
                listener.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether the listener currently holds a working LISTEN connection. */
    boolean isListening() {
        return listening;
    }

    private void listen() {
        Duration backoff = Duration.ofSeconds(1);
        while (running) {
            try (Connection listener = DriverManager.getConnection(database.getJdbcUrl(), connectionProperties())) {
                connection = listener;
                try (Statement statement = listener.createStatement()) {
                    statement.execute("LISTEN " + PublicCaches.CHANNEL);
                }
                listening = true;
                backoff = Duration.ofSeconds(1);
                LOG.info("Listening to cache notifications on channel {}", PublicCaches.CHANNEL);
                caches.reconnected();
                PGConnection pg = listener.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        caches.notified(Arrays.stream(notifications)
                                .map(PGNotification::getParameter)
                                .toList());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (running) {
                    LOG.warn(
                            "Cache notifications interrupted ({}); reconnecting in {} s",
                            e.getMessage(),
                            backoff.toSeconds());
                    if (!pause(backoff)) {
                        return;
                    }
                    backoff =
                            backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                }
            } finally {
                listening = false;
                connection = null;
            }
        }
    }

    private Properties connectionProperties() {
        Properties properties = new Properties();
        if (database.getUsername() != null) {
            properties.setProperty("user", database.getUsername());
        }
        if (database.getPassword() != null) {
            properties.setProperty("password", database.getPassword());
        }
        // named, so that an operator (or a test) can tell it in pg_stat_activity
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("tcpKeepAlive", "true");
        return properties;
    }

    private boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void closeQuietly() {
        Connection current = connection;
        if (current != null) {
            try {
                current.close();
            } catch (SQLException e) {
                LOG.debug("Closing the listening connection", e);
            }
        }
    }
}
