package dev.wharf.samples.dbpool;

import static dev.wharf.asgi.Bytes.bytes;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.wharf.asgi.Header;
import dev.wharf.asgi.HttpDisconnect;
import dev.wharf.asgi.HttpRequest;
import dev.wharf.asgi.HttpResponseBody;
import dev.wharf.asgi.HttpResponseStart;
import dev.wharf.asgi.HttpScope;
import dev.wharf.asgi.Message;
import dev.wharf.asgi.Receive;
import dev.wharf.asgi.Send;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The sample's routes, each a query through the worker's pool (see the README's table). Plain text
 * answers, so the sample needs nothing besides the ASGI API, HikariCP and the JDBC driver.
 */
final class Routes {

    private static final Header TEXT = Header.of("content-type", "text/plain; charset=utf-8");
    /** The longest {@code /hold}: long enough to watch, short of a client's patience. */
    private static final long MAX_HOLD_MILLIS = 30_000;

    private final HttpScope scope;
    private final Receive receive;
    private final Send send;

    Routes(HttpScope scope, Receive receive, Send send) {
        this.scope = scope;
        this.receive = receive;
        this.send = send;
    }

    void handle() throws Exception {
        byte[] body = body();
        if (body == null) {
            return; // the client left
        }
        HikariDataSource pool = (HikariDataSource) scope.state().get(Database.DATA_SOURCE);
        if (pool == null) {
            respond(503, "No pool: run the app with lifespan on (the default), which opens it.\n");
            return;
        }
        String route = scope.method() + " " + scope.path();
        try {
            switch (route) {
                case "GET /", "HEAD /" -> respond(200, index());
                case "GET /notes" -> respond(200, notes(pool));
                case "POST /notes" -> addNote(pool, new String(body, StandardCharsets.UTF_8).strip());
                case "GET /hold" -> hold(pool, new String(scope.queryString(), StandardCharsets.UTF_8));
                case "GET /pool" -> respond(200, poolNumbers(pool));
                default -> respond(404, "Not found: " + route + "\n" + index());
            }
        } catch (IllegalArgumentException e) {
            respond(400, e.getMessage() + "\n");
        } catch (SQLException e) {
            // Hikari's "Connection is not available, request timed out" lands here when the pool is exhausted.
            respond(503, "Database: " + e.getMessage() + "\n");
        }
    }

    private static String index() {
        return """
                db-pool: a HikariCP pool in worker %d
                  GET  /notes        every note, from every worker (they share the database)
                  POST /notes        add the request body as a note
                  GET  /hold?ms=500&n=1  hold n of this worker's connections at once for that long
                  GET  /pool         this worker's pool, as the app's own Hikari sees it
                """.formatted(ProcessHandle.current().pid());
    }

    private static String notes(HikariDataSource pool) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id, text, worker_pid FROM notes ORDER BY id")) {
            while (rows.next()) {
                text.append(rows.getLong(1))
                        .append('\t')
                        .append(rows.getString(2))
                        .append("\t(worker ")
                        .append(rows.getLong(3))
                        .append(")\n");
            }
        }
        return text.toString();
    }

    private void addNote(HikariDataSource pool, String note) throws Exception {
        if (note.isEmpty() || note.length() > 1000) {
            throw new IllegalArgumentException("A note is the request body: 1 to 1000 characters.");
        }
        long id;
        try (Connection connection = pool.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO notes (text, worker_pid) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, note);
            insert.setLong(2, ProcessHandle.current().pid());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        respond(201, id + "\n");
    }

    /**
     * Keeps {@code n} connections borrowed at once for {@code ms}, as slow queries or long transactions
     * do: the pool's active count shows them, and past the pool's size its waiting count.
     */
    private void hold(HikariDataSource pool, String query) throws Exception {
        long millis = number(query, "ms", 500, MAX_HOLD_MILLIS);
        int borrowers = (int) number(query, "n", 1, 100);
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = new CopyOnWriteArrayList<>();
        for (int i = 0; i < borrowers; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                try (Connection connection = pool.getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.execute("SELECT 1");
                    Thread.sleep(millis);
                } catch (SQLException | InterruptedException e) {
                    failures.add(e);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (!failures.isEmpty() && failures.getFirst() instanceof SQLException e) {
            throw e;
        }
        respond(
                200,
                "held " + borrowers + (borrowers == 1 ? " connection" : " connections") + " of worker "
                        + ProcessHandle.current().pid() + " for " + millis + " ms\n");
    }

    /** A whole number query parameter from 0 to {@code max}, or {@code fallback} when absent. */
    private static long number(String query, String name, long fallback, long max) {
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                try {
                    long value = Long.parseLong(pair.substring(name.length() + 1));
                    if (value >= 0 && value <= max) {
                        return value;
                    }
                } catch (NumberFormatException e) {
                    // answered below
                }
                throw new IllegalArgumentException(name + " must be a whole number from 0 to " + max);
            }
        }
        return fallback;
    }

    private static String poolNumbers(HikariDataSource pool) {
        HikariPoolMXBean numbers = pool.getHikariPoolMXBean();
        return "worker=%d pool=%s active=%d idle=%d total=%d max=%d waiting=%d\n"
                .formatted(
                        ProcessHandle.current().pid(),
                        pool.getPoolName(),
                        numbers.getActiveConnections(),
                        numbers.getIdleConnections(),
                        numbers.getTotalConnections(),
                        pool.getMaximumPoolSize(),
                        numbers.getThreadsAwaitingConnection());
    }

    /** The whole request body, or null when the client disconnected first. */
    private byte[] body() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            Message message = receive.receive();
            if (message instanceof HttpDisconnect) {
                return null;
            }
            if (message instanceof HttpRequest request) {
                body.write(request.body());
                if (!request.moreBody()) {
                    return body.toByteArray();
                }
            }
        }
    }

    private void respond(int status, String text) throws Exception {
        send.send(new HttpResponseStart(status, List.of(TEXT)));
        send.send(new HttpResponseBody(bytes(text), false));
    }
}
