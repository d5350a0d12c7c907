package dev.wharf.protocols.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.testing.Apps;
import dev.wharf.testing.RunningServer;
import dev.wharf.testing.WebSocketClient;
import org.junit.jupiter.api.Test;

class WebSocketMessagesTest {

    @Test
    void textAndBytesComeBackFromAnEchoApp() throws Exception {
        try (RunningServer server = RunningServer.start(Apps.webSocketEcho());
             WebSocketClient client = WebSocketClient.connect(server.port(), "/ws")) {
            assertThat(client.sendText("hello").nextText()).isEqualTo("hello");
            assertThat(client.sendBinary(new byte[] {1, 2, 3}).nextBinary()).containsExactly(1, 2, 3);
        }
    }
}
