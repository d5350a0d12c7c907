package dev.wharf.protocols.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.testing.Apps;
import dev.wharf.testing.LogCapture;
import dev.wharf.testing.RawWebSocket;
import dev.wharf.testing.RunningServer;
import org.junit.jupiter.api.Test;

/** The access log prints a WebSocket's decoded path; what a client encoded in it cannot reach the terminal. */
class WebSocketAccessLogTest {

    @Test
    void controlCharactersDecodedFromThePathArePrintedEscaped() throws Exception {
        try (LogCapture access = LogCapture.of("wharf.access");
                RunningServer server = RunningServer.start(Apps.webSocketEcho(), b -> b.accessLog(true));
                RawWebSocket ws = RawWebSocket.open(server.port(), "/%1b[2Jroom")) {
            assertThat(ws.handshake().status()).isEqualTo(101);
            assertThat(access.messages())
                    .anySatisfy(line -> assertThat(line).contains("\"WebSocket /\\x1b[2Jroom\""))
                    .noneSatisfy(line -> assertThat(line).contains("\u001b"));
        }
    }
}
