package dev.wharf.protocols.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.asgi.App;
import dev.wharf.asgi.WebSocketScope;
import dev.wharf.config.Config;
import dev.wharf.config.WebSocketMode;
import dev.wharf.config.WebSocketSettings;
import dev.wharf.testing.Apps;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.RawResponse;
import dev.wharf.testing.RawWebSocket;
import dev.wharf.testing.RunningServer;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Upgrade requests a WebSocket cannot come from get a 4xx that says why; the app never hears of them. */
class WebSocketBadUpgradeTest {

    private static final String KEY = "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";

    private final AtomicInteger webSocketCalls = new AtomicInteger();
    /** Answers HTTP requests, counts WebSocket scopes (it would accept them). */
    private final App app = (scope, receive, send) -> {
        if (scope instanceof WebSocketScope) {
            webSocketCalls.incrementAndGet();
        }
        Apps.text("plain http").call(scope, receive, send);
    };

    @Test
    void missingKeyIs400() throws Exception {
        RawResponse response = refused(
                "GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        + "Sec-WebSocket-Version: 13\r\n\r\n",
                b -> b);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.bodyText()).contains("Sec-WebSocket-Key header is missing");
    }

    @Test
    void keyThatIsNotSixteenBytesOfBase64Is400() throws Exception {
        RawResponse response = refused(
                "GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: not-a-nonce\r\n\r\n",
                b -> b);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.bodyText()).contains("16 bytes in base64");
    }

    @Test
    void unsupportedVersionIs426NamingVersion13() throws Exception {
        RawResponse response = refused(
                "GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        + "Sec-WebSocket-Version: 8\r\n" + KEY + "\r\n",
                b -> b);
        assertThat(response.status()).isEqualTo(426);
        assertThat(response.header("sec-websocket-version")).contains("13");
        assertThat(response.bodyText()).contains("Sec-WebSocket-Version 8 is not supported");
    }

    @Test
    void upgradeWithoutConnectionUpgradeIs400() throws Exception {
        RawResponse response = refused(
                "GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n" + "Sec-WebSocket-Version: 13\r\n" + KEY + "\r\n",
                b -> b);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.bodyText()).contains("Connection header must contain 'upgrade'");
    }

    @Test
    void upgradeWithAnotherMethodThanGetIs400() throws Exception {
        RawResponse response = refused(
                "POST / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        + "Sec-WebSocket-Version: 13\r\n" + KEY + "Content-Length: 0\r\n\r\n",
                b -> b);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.bodyText()).contains("method must be GET");
    }

    @Test
    void upgradeWhenWebSocketsAreOffIs400() throws Exception {
        RawResponse response = refused(
                "GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        + "Sec-WebSocket-Version: 13\r\n" + KEY + "\r\n",
                b -> b.webSocket(WebSocketSettings.defaults().withWs(WebSocketMode.NONE)));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.bodyText()).contains("--ws none");
    }

    /** Sends {@code request}, reads the refusal, and checks the connection closed and the server still serves. */
    private RawResponse refused(String request, UnaryOperator<Config.Builder> settings) throws Exception {
        try (RunningServer server = RunningServer.start(app, settings)) {
            RawResponse response;
            try (RawHttpClient client = server.connect()) {
                response = client.send(request).read();
                assertThat(response.header("connection")).contains("close");
                assertThat(client.isClosedByServer(5_000)).isTrue();
            }
            try (RawHttpClient client = server.connect()) {
                assertThat(client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                                .read()
                                .bodyText())
                        .isEqualTo("plain http");
            }
            assertThat(webSocketCalls).hasValue(0);
            assertThat(server.server().state().badRequests()).isEqualTo(1);
            return response;
        }
    }

    @Test
    void goodUpgradeStillWorksBesideThem() throws Exception {
        try (RunningServer server = RunningServer.start(Apps.webSocketEcho());
                RawWebSocket raw = RawWebSocket.open(server.port(), "/")) {
            assertThat(raw.handshake().status()).isEqualTo(101);
        }
    }
}
