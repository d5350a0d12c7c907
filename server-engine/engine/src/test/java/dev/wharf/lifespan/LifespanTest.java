package dev.wharf.lifespan;

import static dev.wharf.testing.Apps.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.asgi.App;
import dev.wharf.asgi.HttpScope;
import dev.wharf.asgi.LifespanScope;
import dev.wharf.asgi.LifespanShutdown;
import dev.wharf.asgi.LifespanShutdownComplete;
import dev.wharf.asgi.LifespanStartup;
import dev.wharf.asgi.LifespanStartupComplete;
import dev.wharf.asgi.LifespanStartupFailed;
import dev.wharf.asgi.Message;
import dev.wharf.asgi.Receive;
import dev.wharf.asgi.Scope;
import dev.wharf.asgi.Send;
import dev.wharf.config.setting.LifespanMode;
import dev.wharf.server.ServerStartupException;
import dev.wharf.testing.LogCapture;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.RunningServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LifespanTest {

    /** An app whose lifespan records what it was sent and puts a shared counter into the state. */
    private static final class Recording implements App {
        final List<String> events = new CopyOnWriteArrayList<>();
        final List<Map<String, Object>> requestStates = new CopyOnWriteArrayList<>();

        @Override
        public void call(Scope scope, Receive receive, Send send) throws Exception {
            if (scope instanceof LifespanScope lifespan) {
                while (true) {
                    Message message = receive.receive();
                    events.add(message.type());
                    if (message instanceof LifespanStartup) {
                        lifespan.state().put("counter", new AtomicLong());
                        lifespan.state().put("name", "lab");
                        send.send(new LifespanStartupComplete());
                    } else if (message instanceof LifespanShutdown) {
                        send.send(new LifespanShutdownComplete());
                        return;
                    }
                }
            }
            if (scope instanceof HttpScope http) {
                receive.receive();
                requestStates.add(http.state());
                ((AtomicLong) http.state().get("counter")).incrementAndGet();
                http.state().put("per-request", true);
                respond(send, 200, "ok");
            }
        }
    }

    @Test
    void startupStateIsSeenByEveryRequestThroughItsOwnShallowCopy() throws Exception {
        Recording app = new Recording();
        try (RunningServer server = RunningServer.start(app, b -> b.lifespan(LifespanMode.ON));
                RawHttpClient client = server.connect()) {
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read();
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read();
            Map<String, Object> lifespanState = server.server().lifespan().state();
            assertThat(app.requestStates).hasSize(2);
            // values are shared: the counter object is the lifespan's own
            assertThat(app.requestStates.get(1).get("counter")).isSameAs(lifespanState.get("counter"));
            assertThat(((AtomicLong) lifespanState.get("counter")).get()).isEqualTo(2);
            // the map is a copy: a key a request adds stays in that request
            assertThat(lifespanState).doesNotContainKey("per-request");
            assertThat(app.requestStates.get(0)).isNotSameAs(app.requestStates.get(1));
        }
    }

    @Test
    void shutdownRunsWhenTheServerStops() throws Exception {
        Recording app = new Recording();
        RunningServer server = RunningServer.start(app);
        assertThat(server.stop()).isTrue();
        assertThat(app.events).containsExactly("lifespan.startup", "lifespan.shutdown");
    }

    @Test
    void autoTakesAnAppThatRaisesOnLifespanAsNotSupportingIt() throws Exception {
        App app = (scope, receive, send) -> {
            if (scope instanceof LifespanScope) {
                throw new IllegalArgumentException("unsupported scope");
            }
            receive.receive();
            respond(send, 200, "still served");
        };
        try (LogCapture log = LogCapture.of("wharf.error");
                RunningServer server = RunningServer.start(app, b -> b.lifespan(LifespanMode.AUTO));
                RawHttpClient client = server.connect()) {
            assertThat(log.messages()).contains("ASGI 'lifespan' protocol appears unsupported.");
            assertThat(client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read().bodyText())
                    .isEqualTo("still served");
        }
    }

    @Test
    void onStopsTheWorkerWhenTheAppRaisesOnLifespan() {
        App app = (scope, receive, send) -> {
            throw new IllegalArgumentException("no lifespan here");
        };
        try (LogCapture log = LogCapture.of("wharf.error")) {
            assertThatThrownBy(() -> RunningServer.start(app, b -> b.lifespan(LifespanMode.ON)))
                    .isInstanceOfSatisfying(
                            ServerStartupException.class,
                            e -> assertThat(e.exitCode()).isEqualTo(3));
            assertThat(log.messages())
                    .contains("Exception in 'lifespan' protocol", "Application startup failed. Exiting.");
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"AUTO", "ON"})
    void startupFailedStopsTheWorkerWithTheAppsMessage(LifespanMode mode) {
        App app = (scope, receive, send) -> {
            if (scope instanceof LifespanScope) {
                receive.receive();
                send.send(new LifespanStartupFailed("database unreachable at db:5432"));
            }
        };
        try (LogCapture log = LogCapture.of("wharf.error")) {
            assertThatThrownBy(() -> RunningServer.start(app, b -> b.lifespan(mode)))
                    .isInstanceOfSatisfying(
                            ServerStartupException.class,
                            e -> assertThat(e.exitCode()).isEqualTo(3));
            assertThat(log.messages())
                    .contains("database unreachable at db:5432", "Application startup failed. Exiting.");
        }
    }

    @Test
    void offNeverSendsTheLifespanScope() throws Exception {
        Recording app = new Recording();
        try (RunningServer server = RunningServer.start(app, b -> b.lifespan(LifespanMode.OFF))) {
            assertThat(app.events).isEmpty();
            assertThat(server.server().lifespan().state()).isEmpty();
        }
    }

    @Test
    void appThatReturnsOnLifespanStartsAndStopsCleanly() throws Exception {
        App hello = (scope, receive, send) -> {};
        RunningServer server = RunningServer.start(hello, b -> b.lifespan(LifespanMode.ON));
        assertThat(server.stop()).isTrue();
    }
}
