package dev.wharf.samples.lifecyclelab;

import dev.wharf.asgi.LifespanScope;
import dev.wharf.asgi.LifespanShutdown;
import dev.wharf.asgi.LifespanShutdownComplete;
import dev.wharf.asgi.LifespanStartup;
import dev.wharf.asgi.LifespanStartupComplete;
import dev.wharf.asgi.Message;
import dev.wharf.asgi.Receive;
import dev.wharf.asgi.Send;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The lab's lifespan: startup fills this worker's state with {@code started_at}, {@code pid} and a
 * {@code counter}; every request sees them through its own shallow copy of the state.
 */
final class Lifespan {

    static final String STARTED_AT = "started_at";
    static final String PID = "pid";
    static final String COUNTER = "counter";

    private Lifespan() {}

    static void run(LifespanScope scope, Receive receive, Send send) throws Exception {
        while (true) {
            Message message = receive.receive();
            if (message instanceof LifespanStartup) {
                Map<String, Object> state = scope.state();
                state.put(STARTED_AT, System.currentTimeMillis() / 1000.0);
                state.put(PID, ProcessHandle.current().pid());
                state.put(COUNTER, new AtomicLong());
                send.send(new LifespanStartupComplete());
            } else if (message instanceof LifespanShutdown) {
                send.send(new LifespanShutdownComplete());
                return;
            }
        }
    }
}
