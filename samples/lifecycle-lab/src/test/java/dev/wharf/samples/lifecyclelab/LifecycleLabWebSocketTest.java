package dev.wharf.samples.lifecyclelab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.testing.RawWebSocket;
import dev.wharf.testing.RunningServer;
import dev.wharf.testing.WebSocketClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** lifecycle-lab's WebSocket endpoints, with a real WebSocket client. */
class LifecycleLabWebSocketTest {

    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(LifecycleLab.app);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void wsEchoesTextAndBytesAndClosesOnRequest() throws Exception {
        try (WebSocketClient client = WebSocketClient.connect(server.port(), "/ws")) {
            assertThat(client.sendText("ahoy").nextText()).isEqualTo("ahoy");
            assertThat(client.sendBinary(new byte[] {0, 1, 2}).nextBinary()).containsExactly(0, 1, 2);
            assertThat(client.sendText("close").nextClose())
                    .isEqualTo(new WebSocketClient.Closed(1000, "closed on request"));
        }
    }

    @Test
    void wsRejectIsRefusedWith403() {
        assertThat(WebSocketClient.refusalStatus(server.port(), "/ws-reject")).isEqualTo(403);
    }

    @Test
    void wsSubprotocolAcceptsTheFirstOffered() throws Exception {
        try (WebSocketClient client = WebSocketClient.connect(server.port(), "/ws-subprotocol", "lab.v2", "lab.v1")) {
            assertThat(client.subprotocol()).isEqualTo("lab.v2");
            assertThat(client.sendText("still an echo").nextText()).isEqualTo("still an echo");
        }
        try (WebSocketClient client = WebSocketClient.connect(server.port(), "/ws-subprotocol")) {
            assertThat(client.subprotocol()).isEmpty();
        }
    }

    @Test
    void unknownWebSocketPathGetsA404ThroughTheDenialResponse() throws Exception {
        try (RawWebSocket raw = RawWebSocket.open(server.port(), "/nowhere")) {
            assertThat(raw.handshake().status()).isEqualTo(404);
            assertThat(raw.handshake().bodyText()).isEqualTo("Not Found: /nowhere\n");
        }
    }
}
