package dev.wharf.protocols.websocket;

import static dev.wharf.testing.Apps.webSocket;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.asgi.ClientDisconnected;
import dev.wharf.asgi.Message;
import dev.wharf.asgi.WebSocketAccept;
import dev.wharf.asgi.WebSocketClose;
import dev.wharf.asgi.WebSocketDisconnect;
import dev.wharf.asgi.WebSocketReceive;
import dev.wharf.asgi.WebSocketSend;
import dev.wharf.testing.Apps;
import dev.wharf.testing.LogCapture;
import dev.wharf.testing.RawWebSocket;
import dev.wharf.testing.RunningServer;
import dev.wharf.testing.WebSocketClient;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WebSocketMessagesTest {

    @Test
    void textAndBytesComeBackFromAnEchoApp() throws Exception {
        try (RunningServer server = RunningServer.start(Apps.webSocketEcho());
                WebSocketClient client = WebSocketClient.connect(server.port(), "/ws")) {
            assertThat(client.sendText("hello").nextText()).isEqualTo("hello");
            assertThat(client.sendBinary(new byte[] {1, 2, 3}).nextBinary()).containsExactly(1, 2, 3);
            assertThat(client.sendText("grüße, 世界").nextText()).isEqualTo("grüße, 世界");
        }
    }

    @Test
    void fragmentedMessagesReachTheAppWhole() throws Exception {
        try (RunningServer server = RunningServer.start(Apps.webSocketEcho())) {
            try (WebSocketClient client = WebSocketClient.connect(server.port(), "/")) {
                client.sendTextFragment("frag", false)
                        .sendTextFragment("men", false)
                        .sendTextFragment("ted", true);
                assertThat(client.nextText()).isEqualTo("fragmented");
            }
            try (RawWebSocket raw = RawWebSocket.open(server.port(), "/")) {
                raw.send(RawWebSocket.BINARY, false, false, new byte[] {1, 2});
                raw.send(RawWebSocket.PING, true, false, new byte[] {9}); // control frames may come between fragments
                raw.send(RawWebSocket.CONTINUATION, true, false, new byte[] {3});
                assertThat(raw.readUntil(RawWebSocket.BINARY).payload()).containsExactly(1, 2, 3);
            }
        }
    }

    @Test
    void appCloseReachesTheClientWithItsCodeAndReason() throws Exception {
        var app = webSocket((scope, receive, send) -> {
            receive.receive();
            send.send(new WebSocketAccept());
            receive.receive();
            send.send(new WebSocketClose(4001, "bye now"));
        });
        try (RunningServer server = RunningServer.start(app);
                WebSocketClient client = WebSocketClient.connect(server.port(), "/")) {
            assertThat(client.sendText("go").nextClose()).isEqualTo(new WebSocketClient.Closed(4001, "bye now"));
        }
    }

    @Test
    void appHearsThePeersCloseCodeAndReason() throws Exception {
        CompletableFuture<Message> last = new CompletableFuture<>();
        try (RunningServer server = RunningServer.start(Apps.webSocketUntilDisconnect(last));
                WebSocketClient client = WebSocketClient.connect(server.port(), "/")) {
            client.close(4002, "done here");
            assertThat(last.get(5, TimeUnit.SECONDS)).isEqualTo(new WebSocketDisconnect(4002, "done here"));
            assertThat(client.nextClose().code()).isEqualTo(4002); // the server echoes the code
        }
    }

    @Test
    void peerCloseWithoutCodeIs1005AndDroppedConnectionIs1006() throws Exception {
        CompletableFuture<Message> first = new CompletableFuture<>();
        CompletableFuture<Message> second = new CompletableFuture<>();
        var app = webSocket((scope, receive, send) -> {
            receive.receive();
            send.send(new WebSocketAccept());
            (first.isDone() ? second : first).complete(receive.receive());
        });
        try (RunningServer server = RunningServer.start(app)) {
            try (RawWebSocket raw = RawWebSocket.open(server.port(), "/")) {
                raw.send(RawWebSocket.CLOSE, true, false, new byte[0]);
                assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(new WebSocketDisconnect(1005, ""));
                assertThat(raw.readUntil(RawWebSocket.CLOSE).payload()).isEmpty();
                assertThat(raw.isClosedByServer(5_000)).isTrue();
            }
            RawWebSocket.open(server.port(), "/").close();
            assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo(new WebSocketDisconnect(1006, ""));
        }
    }

    @Test
    void sendingAfterTheAppClosedIsAnErrorTheAppSees() throws Exception {
        CompletableFuture<Exception> error = new CompletableFuture<>();
        var app = webSocket((scope, receive, send) -> {
            receive.receive();
            send.send(new WebSocketAccept());
            send.send(new WebSocketClose());
            try {
                send.send(WebSocketSend.text("too late"));
                error.complete(null);
            } catch (Exception e) {
                error.complete(e);
            }
        });
        try (RunningServer server = RunningServer.start(app);
                WebSocketClient client = WebSocketClient.connect(server.port(), "/")) {
            assertThat(client.nextClose().code()).isEqualTo(1000);
            assertThat(error.get(5, TimeUnit.SECONDS))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("'websocket.send'");
        }
    }

    @Test
    void sendingAfterThePeerLeftRaisesClientDisconnected() throws Exception {
        CompletableFuture<Exception> error = new CompletableFuture<>();
        var app = webSocket((scope, receive, send) -> {
            receive.receive();
            send.send(new WebSocketAccept());
            receive.receive(); // websocket.disconnect
            try {
                send.send(WebSocketSend.text("anyone?"));
                error.complete(null);
            } catch (Exception e) {
                error.complete(e);
            }
        });
        try (RunningServer server = RunningServer.start(app);
                WebSocketClient client = WebSocketClient.connect(server.port(), "/")) {
            client.close(1000, "");
            assertThat(error.get(5, TimeUnit.SECONDS)).isInstanceOf(ClientDisconnected.class);
        }
    }

    @Test
    void appThatRaisesAfterAcceptingClosesWith1011() throws Exception {
        var app = webSocket((scope, receive, send) -> {
            receive.receive();
            send.send(new WebSocketAccept());
            receive.receive();
            throw new IllegalArgumentException("boom");
        });
        try (LogCapture log = LogCapture.of("wharf.error");
                RunningServer server = RunningServer.start(app);
                WebSocketClient client = WebSocketClient.connect(server.port(), "/")) {
            assertThat(client.sendText("go").nextClose().code()).isEqualTo(1011);
            assertThat(log.messages()).contains("Exception in ASGI application");
        }
    }

    @Test
    void appThatReturnsAfterAcceptingClosesNormally() throws Exception {
        var app = webSocket((scope, receive, send) -> {
            receive.receive();
            send.send(new WebSocketAccept());
            send.send(WebSocketSend.text("that is all"));
        });
        try (RunningServer server = RunningServer.start(app);
                WebSocketClient client = WebSocketClient.connect(server.port(), "/")) {
            assertThat(client.nextText()).isEqualTo("that is all");
            assertThat(client.nextClose().code()).isEqualTo(1000);
        }
    }

    @Test
    void reservedCloseCodeIsAnErrorNamingTheCode() throws Exception {
        CompletableFuture<Exception> error = new CompletableFuture<>();
        var app = webSocket((scope, receive, send) -> {
            receive.receive();
            send.send(new WebSocketAccept());
            try {
                send.send(new WebSocketClose(1006, ""));
            } catch (IllegalStateException e) {
                error.complete(e);
            }
            send.send(new WebSocketClose(1000, "x".repeat(124)));
        });
        try (LogCapture log = LogCapture.of("wharf.error");
                RunningServer server = RunningServer.start(app);
                WebSocketClient client = WebSocketClient.connect(server.port(), "/")) {
            assertThat(error.get(5, TimeUnit.SECONDS)).hasMessageContaining("Invalid close code 1006");
            // The second close has a reason too long for a frame: the app raises, the server closes with 1011.
            assertThat(client.nextClose().code()).isEqualTo(1011);
            assertThat(log.events())
                    .anyMatch(e -> e.getThrowableProxy() != null
                            && e.getThrowableProxy().getMessage().contains("124 bytes"));
        }
    }

    @Test
    void receivedMessagesAreWholeAsciiAndBinaryRecords() throws Exception {
        CompletableFuture<Message> text = new CompletableFuture<>();
        CompletableFuture<Message> binary = new CompletableFuture<>();
        var app = webSocket((scope, receive, send) -> {
            receive.receive();
            send.send(new WebSocketAccept());
            text.complete(receive.receive());
            binary.complete(receive.receive());
        });
        try (RunningServer server = RunningServer.start(app);
                WebSocketClient client = WebSocketClient.connect(server.port(), "/")) {
            client.sendText("plain").sendBinary("raw".getBytes(StandardCharsets.US_ASCII));
            assertThat(((WebSocketReceive) text.get(5, TimeUnit.SECONDS)).text())
                    .isEqualTo("plain");
            assertThat(((WebSocketReceive) text.get()).bytes()).isNull();
            assertThat(((WebSocketReceive) binary.get(5, TimeUnit.SECONDS)).bytes())
                    .asString()
                    .isEqualTo("raw");
            assertThat(((WebSocketReceive) binary.get()).text()).isNull();
        }
    }
}
