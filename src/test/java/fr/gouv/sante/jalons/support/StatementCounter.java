package fr.gouv.sante.jalons.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the SQL statements one HTTP request executes, whoever issues them (Hibernate, a
 * {@code JdbcClient}, Spring Session, Flyway...): the application's {@link DataSource} is wrapped so
 * that every statement executed on its connections is noted, and only while a thread serves a request
 * that carries {@link #HEADER}. Background work (the mail outbox polling every few seconds, the
 * cache notifications' listener) runs on other threads and is never counted, so a count is exact, not
 * the fewest of several loads.
 *
 * <p>A request's statements are those executed on the thread that serves it: a page that handed its
 * reading to another thread would escape the count, which no public page does.
 */
public final class StatementCounter implements BeanPostProcessor {

    /** The header that asks for a request's statements to be noted; its value names the recording. */
    public static final String HEADER = "X-Test-Statement-Recording";

    private static final ThreadLocal<List<String>> CURRENT = new ThreadLocal<>();

    private final Map<String, List<String>> recordings = new ConcurrentHashMap<>();

    /** A new, empty recording: send its {@link Recording#header()} with the request to count. */
    public Recording recording() {
        String id = UUID.randomUUID().toString();
        List<String> statements = new CopyOnWriteArrayList<>();
        recordings.put(id, statements);
        return new Recording(id, statements);
    }

    /** The statements of the requests that sent one recording's header, in the order executed. */
    public record Recording(String id, List<String> statements) {

        /** Name and value, as {@link HttpTestClient#get(String, String...)} takes them. */
        public String[] header() {
            return new String[] {HEADER, id};
        }

        public int count() {
            return statements.size();
        }
    }

    /** The servlet filter that marks a request's thread; registered before every other filter. */
    public OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String id = request.getHeader(HEADER);
                List<String> recording = id == null ? null : recordings.get(id);
                if (recording == null) {
                    chain.doFilter(request, response);
                    return;
                }
                CURRENT.set(recording);
                try {
                    chain.doFilter(request, response);
                } finally {
                    CURRENT.remove();
                }
            }
        };
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)) {
            return new CountingDataSource(dataSource);
        }
        return bean;
    }

    private static void executed(String sql) {
        List<String> recording = CURRENT.get();
        if (recording != null) {
            recording.add(sql);
        }
    }

    private static final class CountingDataSource extends DelegatingDataSource {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(obtainTargetDataSource().getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(obtainTargetDataSource().getConnection(username, password));
        }
    }

    private static Connection counting(Connection connection) {
        return proxy(Connection.class, (proxy, method, args) -> {
            Object result = invoke(connection, method, args);
            String name = method.getName();
            if (result instanceof CallableStatement statement && name.equals("prepareCall")) {
                return counting(CallableStatement.class, statement, (String) args[0]);
            }
            if (result instanceof PreparedStatement statement && name.equals("prepareStatement")) {
                return counting(PreparedStatement.class, statement, (String) args[0]);
            }
            if (result instanceof Statement statement && name.equals("createStatement")) {
                return counting(Statement.class, statement, null);
            }
            return result;
        });
    }

    private static <S extends Statement> S counting(Class<S> type, S statement, String prepared) {
        return proxy(type, (proxy, method, args) -> {
            // execute, executeQuery, executeUpdate, executeBatch, executeLargeUpdate...: one round trip each
            if (method.getName().startsWith("execute")) {
                executed(args != null && args.length > 0 && args[0] instanceof String sql ? sql : prepared);
            }
            return invoke(statement, method, args);
        });
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        InvocationHandler withIdentity = (proxy, method, args) -> switch (method.getName()) {
            case "equals" -> args[0] == proxy;
            case "hashCode" -> System.identityHashCode(proxy);
            default -> handler.invoke(proxy, method, args);
        };
        return type.cast(
                Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, withIdentity));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
