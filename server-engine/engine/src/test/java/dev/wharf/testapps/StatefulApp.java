package dev.wharf.testapps;

import dev.wharf.asgi.App;
import dev.wharf.asgi.LifespanScope;
import dev.wharf.asgi.LifespanShutdown;
import dev.wharf.asgi.LifespanShutdownComplete;
import dev.wharf.asgi.LifespanStartup;
import dev.wharf.asgi.LifespanStartupComplete;
import dev.wharf.asgi.Message;
import dev.wharf.testing.Apps;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A worker's own state made visible, for supervisor tests: lifespan puts its pid and a counter in
 * {@code app.state}; {@code /bump} counts, {@code /pid} says which worker answered, {@code /slow?ms}
 * waits.
 */
public final class StatefulApp {

    public static final App app = (scope, receive, send) -> {
        if (scope instanceof LifespanScope lifespan) {
            while (true) {
                Message message = receive.receive();
                if (message instanceof LifespanStartup) {
                    lifespan.state().put("pid", ProcessHandle.current().pid());
                    lifespan.state().put("counter", new AtomicLong());
                    send.send(new LifespanStartupComplete());
                } else if (message instanceof LifespanShutdown) {
                    send.send(new LifespanShutdownComplete());
                    return;
                }
            }
        }
        Apps.http((http, rcv, snd) -> {
                    rcv.receive();
                    String answer = switch (http.path()) {
                        case "/bump" -> Long.toString(((AtomicLong) http.state().get("counter")).incrementAndGet());
                        case "/pid" -> Long.toString(ProcessHandle.current().pid());
                        case "/slow" -> {
                            Thread.sleep(Long.parseLong(http.queryStringText()));
                            yield "slept";
                        }
                        default -> "ok";
                    };
                    Apps.respond(snd, 200, answer);
                })
                .call(scope, receive, send);
    };

    private StatefulApp() {}
}
