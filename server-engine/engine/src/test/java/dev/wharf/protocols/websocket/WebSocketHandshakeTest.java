package dev.wharf.protocols.websocket;

import static dev.wharf.asgi.Bytes.bytes;
import static dev.wharf.testing.Apps.webSocket;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.asgi.Header;
import dev.wharf.asgi.Message;
import dev.wharf.asgi.WebSocketAccept;
import dev.wharf.asgi.WebSocketClose;
import dev.wharf.asgi.WebSocketDisconnect;
import dev.wharf.asgi.WebSocketHttpResponseBody;
import dev.wharf.asgi.WebSocketHttpResponseStart;
import dev.wharf.asgi.WebSocketScope;
import dev.wharf.asgi.WebSocketSend;
import dev.wharf.testing.Apps;
import dev.wharf.testing.LogCapture;
import dev.wharf.testing.RawResponse;
import dev.wharf.testing.RawWebSocket;
import dev.wharf.testing.RunningServer;
import dev.wharf.testing.WebSocketClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WebSocketHandshakeTest {

    @Test
    void appSeesTheWebSocketScopeAndConnectBeforeItAccepts() throws Exception {
        CompletableFuture<WebSocketScope> seen = new CompletableFuture<>();
        CompletableFuture<Message> first = new CompletableFuture<>();
        var app = webSocket((scope, receive, send) -> {
            seen.complete(scope);
            first.complete(receive.receive());
            send.send(new WebSocketAccept());
            send.send(WebSocketSend.text("welcome"));
            receive.receive();
        });
        try (RunningServer server = RunningServer.start(app, b -> b.rootPath("/api"));
                WebSocketClient client =
                        WebSocketClient.connect(server.port(), "/rooms/blue%20one?user=ann", "chat", "superchat")) {
            assertThat(client.nextText()).isEqualTo("welcome");
            WebSocketScope scope = seen.get(5, TimeUnit.SECONDS);
            assertThat(first.get(5, TimeUnit.SECONDS).type()).isEqualTo("websocket.connect");
            assertThat(scope.type()).isEqualTo("websocket");
            assertThat(scope.scheme()).isEqualTo("ws");
            assertThat(scope.httpVersion()).isEqualTo("1.1");
            assertThat(scope.path()).isEqualTo("/api/rooms/blue one");
            assertThat(new String(scope.rawPath(), StandardCharsets.ISO_8859_1)).isEqualTo("/api/rooms/blue%20one");
            assertThat(scope.queryStringText()).isEqualTo("user=ann");
            assertThat(scope.rootPath()).isEqualTo("/api");
            assertThat(scope.subprotocols()).containsExactly("chat", "superchat");
            assertThat(scope.header("sec-websocket-version")).contains("13");
            assertThat(scope.client().host()).isEqualTo("127.0.0.1");
            assertThat(scope.server().port()).isEqualTo(server.port());
            assertThat(scope.extensions()).containsKey("websocket.http.response");
        }
    }

    @Test
    void the101CarriesTheChosenSubprotocolTheAppsHeadersAndTheAcceptKey() throws Exception {
        var app = webSocket((scope, receive, send) -> {
            receive.receive();
            send.send(new WebSocketAccept(scope.subprotocols().get(1), List.of(Header.of("x-room", "blue"))));
            receive.receive();
        });
        try (RunningServer server = RunningServer.start(app)) {
            try (RawWebSocket raw = RawWebSocket.open(server.port(), "/", "Sec-WebSocket-Protocol: a, b")) {
                RawResponse response = raw.handshake();
                assertThat(response.status()).isEqualTo(101);
                assertThat(response.header("sec-websocket-protocol")).contains("b");
                assertThat(response.header("x-room")).contains("blue");
                assertThat(response.header("server")).contains("wharf");
            }
            try (WebSocketClient client = WebSocketClient.connect(server.port(), "/", "a", "b")) {
                assertThat(client.subprotocol()).isEqualTo("b");
            }
        }
    }

    @Test
    void acceptKeyIsTheHashOfTheClientsKey() throws Exception {
        try (RunningServer server = RunningServer.start(Apps.webSocketEcho());
                RawWebSocket raw =
                        RawWebSocket.open(server.port(), "/", "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==")) {
            // The example of RFC 6455 section 1.3.
            assertThat(raw.handshake().header("sec-websocket-accept")).contains("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
            assertThat(raw.handshake().header("upgrade")).contains("websocket");
        }
    }

    @Test
    void closingBeforeAcceptingRefusesWith403() throws Exception {
        var app = webSocket((scope, receive, send) -> {
            receive.receive();
            send.send(new WebSocketClose());
        });
        try (RunningServer server = RunningServer.start(app)) {
            assertThat(WebSocketClient.refusalStatus(server.port(), "/")).isEqualTo(403);
            try (RawWebSocket raw = RawWebSocket.open(server.port(), "/")) {
                assertThat(raw.handshake().status()).isEqualTo(403);
                assertThat(raw.handshake().header("connection")).contains("close");
                assertThat(raw.isClosedByServer(5_000)).isTrue();
            }
        }
    }

    @Test
    void denialResponseReachesTheClientAsTheAppWroteIt() throws Exception {
        var app = webSocket((scope, receive, send) -> {
            receive.receive();
            send.send(new WebSocketHttpResponseStart(
                    401, List.of(Header.of("www-authenticate", "Bearer"), Header.of("content-type", "text/plain"))));
            send.send(new WebSocketHttpResponseBody(bytes("who are "), true));
            send.send(new WebSocketHttpResponseBody(bytes("you?"), false));
        });
        try (RunningServer server = RunningServer.start(app);
                RawWebSocket raw = RawWebSocket.open(server.port(), "/")) {
            RawResponse response = raw.handshake();
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.header("www-authenticate")).contains("Bearer");
            assertThat(response.bodyText()).isEqualTo("who are you?");
            assertThat(raw.isClosedByServer(5_000)).isTrue();
        }
    }

    @Test
    void subprotocolTheClientDidNotOfferIsAnErrorTheAppSees() throws Exception {
        CompletableFuture<String> error = new CompletableFuture<>();
        var app = webSocket((scope, receive, send) -> {
            receive.receive();
            try {
                send.send(new WebSocketAccept("mqtt", List.of()));
            } catch (IllegalStateException e) {
                error.complete(e.getMessage());
                throw e;
            }
        });
        try (LogCapture log = LogCapture.of("wharf.error");
                RunningServer server = RunningServer.start(app)) {
            assertThat(WebSocketClient.refusalStatus(server.port(), "/")).isEqualTo(500);
            assertThat(error.get(5, TimeUnit.SECONDS)).contains("'mqtt'").contains("offered none");
            assertThat(log.messages()).contains("Exception in ASGI application");
        }
    }

    @Test
    void appThatReturnsWithoutAHandshakeGets500() throws Exception {
        var app = webSocket((scope, receive, send) -> receive.receive());
        try (LogCapture log = LogCapture.of("wharf.error");
                RunningServer server = RunningServer.start(app)) {
            assertThat(WebSocketClient.refusalStatus(server.port(), "/")).isEqualTo(500);
            assertThat(log.messages()).contains("ASGI callable returned without sending handshake.");
        }
    }

    @Test
    void clientLeavingBeforeTheAppAcceptsIsADisconnect() throws Exception {
        CompletableFuture<Message> afterConnect = new CompletableFuture<>();
        var app = webSocket((scope, receive, send) -> {
            receive.receive();
            afterConnect.complete(receive.receive());
        });
        try (RunningServer server = RunningServer.start(app)) {
            try (var client = server.connect()) {
                client.send(RawWebSocket.upgradeRequest(server.port(), "/"));
            }
            Message message = afterConnect.get(5, TimeUnit.SECONDS);
            assertThat(message).isEqualTo(new WebSocketDisconnect(1006, ""));
        }
    }
}
