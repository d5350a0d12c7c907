package dev.wharf.samples.dbpool;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.wharf.asgi.LifespanScope;
import dev.wharf.asgi.LifespanShutdown;
import dev.wharf.asgi.LifespanShutdownComplete;
import dev.wharf.asgi.LifespanStartup;
import dev.wharf.asgi.LifespanStartupComplete;
import dev.wharf.asgi.LifespanStartupFailed;
import dev.wharf.asgi.Message;
import dev.wharf.asgi.Receive;
import dev.wharf.asgi.Send;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The sample's lifespan: startup opens this worker's pool and makes the table, shutdown closes the
 * pool, so a drained worker gives its connections back to the database before it exits.
 *
 * <p>Read from the environment (an {@code --env-file} works too): {@code DB_URL} (H2's TCP server
 * that {@code database.sh} starts, by default), {@code DB_USER}, {@code DB_PASSWORD} and
 * {@code DB_DRIVER} (found from an H2 URL), and {@code DB_POOL_SIZE}, the pool's {@code maximumPoolSize} in each worker: give Wharf the same
 * number as {@code --db-pool-size}.
 */
final class Database {

    static final String DEFAULT_URL = "jdbc:h2:tcp://127.0.0.1:9092/mem:wharf-db-pool;DB_CLOSE_DELAY=-1";
    static final int DEFAULT_POOL_SIZE = 4;
    /** The pool's name: Hikari's MXBean is {@code com.zaxxer.hikari:type=Pool (db-pool)}. */
    static final String POOL_NAME = "db-pool";
    /** Where a request finds the pool in its copy of the lifespan state. */
    static final String DATA_SOURCE = "data_source";

    private Database() {}

    static void lifespan(LifespanScope scope, Receive receive, Send send) throws Exception {
        HikariDataSource pool = null;
        while (true) {
            Message message = receive.receive();
            if (message instanceof LifespanStartup) {
                try {
                    pool = open(System.getenv());
                    createTable(pool);
                } catch (RuntimeException | SQLException e) {
                    if (pool != null) {
                        pool.close();
                    }
                    send.send(new LifespanStartupFailed("Cannot open the database pool on "
                            + url(System.getenv()) + ": " + e.getMessage()
                            + " (start the database with samples/db-pool/database.sh)"));
                    return;
                }
                Map<String, Object> state = scope.state();
                state.put("pid", ProcessHandle.current().pid());
                state.put("pool", POOL_NAME);
                state.put("pool_size", pool.getMaximumPoolSize());
                state.put(DATA_SOURCE, pool);
                send.send(new LifespanStartupComplete());
            } else if (message instanceof LifespanShutdown) {
                if (pool != null) {
                    pool.close();
                }
                send.send(new LifespanShutdownComplete());
                return;
            }
        }
    }

    static HikariDataSource open(Map<String, String> env) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(POOL_NAME);
        config.setJdbcUrl(url(env));
        // Named rather than looked up: DriverManager does not see a driver in the app's own class loader.
        String driver = env.getOrDefault("DB_DRIVER", url(env).startsWith("jdbc:h2:") ? "org.h2.Driver" : "");
        if (!driver.isBlank()) {
            config.setDriverClassName(driver);
        }
        config.setUsername(env.getOrDefault("DB_USER", "sa"));
        config.setPassword(env.getOrDefault("DB_PASSWORD", ""));
        config.setMaximumPoolSize(poolSize(env));
        // What Wharf reads each worker's live numbers from: Hikari's MXBeans, by JMX.
        config.setRegisterMbeans(true);
        // Fail the worker's startup when the database is not there, rather than its first request.
        config.setConnectionTimeout(5_000);
        return new HikariDataSource(config);
    }

    private static String url(Map<String, String> env) {
        return env.getOrDefault("DB_URL", DEFAULT_URL);
    }

    private static int poolSize(Map<String, String> env) {
        String size = env.get("DB_POOL_SIZE");
        if (size == null || size.isBlank()) {
            return DEFAULT_POOL_SIZE;
        }
        try {
            return Integer.parseInt(size.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("DB_POOL_SIZE must be a whole number, got '" + size + "'", e);
        }
    }

    /** One table every worker shares: the database, unlike app.state, is the same for all of them. */
    private static void createTable(HikariDataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS notes ("
                    + "id BIGINT AUTO_INCREMENT PRIMARY KEY, "
                    + "text VARCHAR(1000) NOT NULL, "
                    + "worker_pid BIGINT NOT NULL)");
        }
    }
}
