package dev.wharf.samples.dbpool;

import dev.wharf.asgi.App;
import dev.wharf.asgi.HttpScope;
import dev.wharf.asgi.LifespanScope;
import dev.wharf.asgi.Receive;
import dev.wharf.asgi.Scope;
import dev.wharf.asgi.Send;
import dev.wharf.asgi.WebSocketScope;

/**
 * An app with a database pool, as most services have one: lifespan startup opens a HikariCP pool in
 * each worker (closed at shutdown), and the routes run queries through it. Every worker is a process
 * with its own pool, so the database sees workers × pool size connections, which Wharf's
 * {@code --db-pool-size} arithmetic and its live pool numbers show. The README says how to start the
 * database and the app.
 */
public final class DbPool implements App {

    /** The app, as {@code dev.wharf.samples.dbpool.DbPool:app}. */
    public static final App app = new DbPool();

    @Override
    public void call(Scope scope, Receive receive, Send send) throws Exception {
        switch (scope) {
            case LifespanScope lifespan -> Database.lifespan(lifespan, receive, send);
            case HttpScope http -> new Routes(http, receive, send).handle();
            case WebSocketScope webSocket -> {
                // No WebSocket routes: a connect is answered by closing, which the server turns into a 403.
            }
        }
    }
}
