package dev.wharf.testapps;

import dev.wharf.asgi.App;
import dev.wharf.asgi.LifespanScope;
import dev.wharf.asgi.LifespanStartupFailed;
import dev.wharf.testing.Apps;

/** Answers after the number of milliseconds in the query string, for graceful-shutdown tests. */
public final class SlowApp {

    public static final App app = Apps.http((scope, receive, send) -> {
        receive.receive();
        long ms = scope.queryStringText().isEmpty() ? 0 : Long.parseLong(scope.queryStringText());
        // Says so first, so that a test knows the request is in the app before it stops the server.
        System.out.println("SlowApp: answering in " + ms + " ms");
        Thread.sleep(ms);
        Apps.respond(send, 200, "slept " + ms);
    });

    /** A lifespan startup that fails with a message, for the exit-code test. */
    public static final App failingStartup = (scope, receive, send) -> {
        if (scope instanceof LifespanScope) {
            receive.receive();
            send.send(new LifespanStartupFailed("cannot reach the database"));
        }
    };

    private SlowApp() {}
}
