package fr.gouv.sante.jalons.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The circuit in front of the pool, with a pool that is up or down on demand and a movable clock. */
class FailFastDataSourceTests {

    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicLong now = new AtomicLong();
    private final FailFastDataSource dataSource = new FailFastDataSource(new Pool(), now::get);

    @Test
    void afterAnOutageIsSeenTheNextRequestsFailAtOnceWithoutAskingThePool() throws SQLException {
        assertThat(dataSource.getConnection()).isNotNull();
        down.set(true);
        assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLTransientConnectionException.class);
        assertThat(attempts).hasValue(2);
        assertThat(dataSource.isOpen()).isTrue();

        now.addAndGet(FailFastDataSource.RETRY_AFTER.toNanos() - 1);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(dataSource::getConnection)
                    .isInstanceOf(SQLTransientConnectionException.class)
                    .hasMessageContaining("failing fast");
        }
        assertThat(attempts)
                .as("the pool was not asked while the circuit is open")
                .hasValue(2);
    }

    @Test
    void oneTrialAfterTheDelayClosesTheCircuitAsSoonAsTheDatabaseAnswers() throws SQLException {
        down.set(true);
        assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLTransientConnectionException.class);
        now.addAndGet(FailFastDataSource.RETRY_AFTER.toNanos());
        assertThatThrownBy(dataSource::getConnection)
                .as("still down: the trial fails")
                .isInstanceOf(SQLException.class);
        assertThat(attempts).hasValue(2);

        down.set(false);
        now.addAndGet(FailFastDataSource.RETRY_AFTER.toNanos());
        assertThat(dataSource.getConnection()).isNotNull();
        assertThat(dataSource.isOpen()).isFalse();
        assertThat(dataSource.getConnection()).isNotNull();
        assertThat(attempts).hasValue(4);
    }

    @Test
    void anErrorThatIsNotAnOutageLeavesTheCircuitClosed() {
        FailFastDataSource failing = new FailFastDataSource(
                new Pool() {
                    @Override
                    public Connection getConnection() throws SQLException {
                        throw new SQLException("password authentication failed", "28P01");
                    }
                },
                now::get);
        assertThatThrownBy(failing::getConnection).hasMessageContaining("password");
        assertThat(failing.isOpen()).isFalse();
    }

    private class Pool implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            attempts.incrementAndGet();
            if (down.get()) {
                throw new SQLTransientConnectionException(
                        "Connection is not available, request timed out after 3000ms.", "08001");
            }
            return (Connection) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> null);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
