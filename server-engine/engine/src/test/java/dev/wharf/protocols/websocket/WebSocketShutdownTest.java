package dev.wharf.protocols.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.asgi.Message;
import dev.wharf.asgi.WebSocketDisconnect;
import dev.wharf.protocols.ServerState;
import dev.wharf.testing.Apps;
import dev.wharf.testing.RunningServer;
import dev.wharf.testing.WebSocketClient;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Graceful shutdown and the worker's WebSocket counts. */
class WebSocketShutdownTest {

    @Test
    void gracefulShutdownClosesOpenWebSocketsWith1012() throws Exception {
        CompletableFuture<Message> last = new CompletableFuture<>();
        RunningServer server = RunningServer.start(Apps.webSocketUntilDisconnect(last));
        try (server;
                WebSocketClient client = WebSocketClient.connect(server.port(), "/")) {
            client.sendText("hi");
            CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(() -> {
                try {
                    return server.stop();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(client.nextClose().code()).isEqualTo(1012);
            assertThat(last.get(5, TimeUnit.SECONDS)).isEqualTo(new WebSocketDisconnect(1012, ""));
            assertThat(stopped.get(10, TimeUnit.SECONDS)).isTrue();
            assertThat(server.server().state().activeConnections()).isZero();
        }
    }

    @Test
    void workerCountsOpenAndTotalWebSocketsAsOneConnectionEach() throws Exception {
        try (RunningServer server = RunningServer.start(Apps.webSocketEcho())) {
            ServerState state = server.server().state();
            try (WebSocketClient first = WebSocketClient.connect(server.port(), "/");
                    WebSocketClient second = WebSocketClient.connect(server.port(), "/")) {
                first.sendText("a").nextText();
                second.sendText("b").nextText();
                assertThat(state.activeWebSockets()).isEqualTo(2);
                assertThat(state.totalWebSockets()).isEqualTo(2);
                assertThat(state.activeConnections()).isEqualTo(2);
                first.close(1000, "");
                first.nextClose();
                org.awaitility.Awaitility.await().until(() -> state.activeWebSockets() == 1);
            }
            org.awaitility.Awaitility.await().until(() -> state.activeConnections() == 0);
            assertThat(state.activeWebSockets()).isZero();
            assertThat(state.totalWebSockets()).isEqualTo(2);
            assertThat(state.totalConnections()).isEqualTo(2);
        }
    }
}
