package dev.wharf.protocols.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.asgi.Message;
import dev.wharf.asgi.WebSocketDisconnect;
import dev.wharf.config.WebSocketSettings;
import dev.wharf.testing.Apps;
import dev.wharf.testing.RawWebSocket;
import dev.wharf.testing.RunningServer;
import dev.wharf.testing.WebSocketClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Pings both ways: the client's are answered, the server's find a peer that no longer answers. */
class WebSocketPingTest {

    private static final WebSocketSettings QUICK_PINGS =
            WebSocketSettings.defaults().withPings(Duration.ofMillis(100), Duration.ofMillis(200));

    @Test
    void clientPingIsAnsweredWithItsPayload() throws Exception {
        try (RunningServer server = RunningServer.start(Apps.webSocketEcho());
                WebSocketClient client = WebSocketClient.connect(server.port(), "/")) {
            assertThat(client.ping(new byte[] {4, 2}).next())
                    .isInstanceOf(WebSocketClient.Pong.class)
                    .extracting(event -> ((WebSocketClient.Pong) event).payload())
                    .isEqualTo(new byte[] {4, 2});
        }
    }

    @Test
    void peerThatStopsAnsweringPingsIsDisconnected() throws Exception {
        CompletableFuture<Message> last = new CompletableFuture<>();
        try (RunningServer server =
                        RunningServer.start(Apps.webSocketUntilDisconnect(last), b -> b.webSocket(QUICK_PINGS));
                RawWebSocket silent = RawWebSocket.open(server.port(), "/")) {
            assertThat(silent.read().opcode()).isEqualTo(RawWebSocket.PING);
            RawWebSocket.Frame close = silent.readUntil(RawWebSocket.CLOSE);
            assertThat(close.closeCode()).isEqualTo(1011);
            assertThat(close.closeReason()).isEqualTo("keepalive ping timeout");
            assertThat(silent.isClosedByServer(5_000)).isTrue();
            assertThat(last.get(5, TimeUnit.SECONDS))
                    .isEqualTo(new WebSocketDisconnect(1011, "keepalive ping timeout"));
        }
    }

    @Test
    void peerThatAnswersPingsStaysConnected() throws Exception {
        try (RunningServer server = RunningServer.start(Apps.webSocketEcho(), b -> b.webSocket(QUICK_PINGS));
                WebSocketClient client = WebSocketClient.connect(server.port(), "/")) {
            // The JDK client answers pings by itself; several ping timeouts pass meanwhile.
            Thread.sleep(1_000);
            assertThat(client.sendText("still here?").nextText()).isEqualTo("still here?");
            assertThat(server.server().state().activeWebSockets()).isEqualTo(1);
        }
    }

    @Test
    void noPingsWhenTheIntervalIsZero() throws Exception {
        WebSocketSettings noPings = WebSocketSettings.defaults().withPings(Duration.ZERO, Duration.ofMillis(100));
        try (RunningServer server = RunningServer.start(Apps.webSocketEcho(), b -> b.webSocket(noPings));
                RawWebSocket silent = RawWebSocket.open(server.port(), "/")) {
            assertThat(silent.isClosedByServer(1_000)).isFalse();
            silent.sendText("hi");
            assertThat(silent.read().text()).isEqualTo("hi");
        }
    }
}
