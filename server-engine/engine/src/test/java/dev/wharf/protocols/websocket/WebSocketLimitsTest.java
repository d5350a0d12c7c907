package dev.wharf.protocols.websocket;

import static dev.wharf.testing.Apps.webSocket;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.asgi.Message;
import dev.wharf.asgi.WebSocketAccept;
import dev.wharf.asgi.WebSocketDisconnect;
import dev.wharf.asgi.WebSocketReceive;
import dev.wharf.asgi.WebSocketSend;
import dev.wharf.config.WebSocketSettings;
import dev.wharf.testing.Apps;
import dev.wharf.testing.RawWebSocket;
import dev.wharf.testing.RunningServer;
import dev.wharf.testing.WebSocketClient;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@code ws_max_size} and {@code ws_max_queue}, and the socket's own backpressure on {@code send()}. */
class WebSocketLimitsTest {

    private static final WebSocketSettings SMALL_MESSAGES =
            WebSocketSettings.defaults().withMaxSize(1024);

    @Test
    void messageOverMaxSizeClosesWith1009() throws Exception {
        CompletableFuture<Message> last = new CompletableFuture<>();
        try (RunningServer server =
                        RunningServer.start(Apps.webSocketUntilDisconnect(last), b -> b.webSocket(SMALL_MESSAGES));
                WebSocketClient client = WebSocketClient.connect(server.port(), "/")) {
            client.sendText("x".repeat(1024)).sendText("y".repeat(1025));
            assertThat(client.nextClose().code()).isEqualTo(1009);
            assertThat(last.get(5, TimeUnit.SECONDS)).isEqualTo(new WebSocketDisconnect(1009, "Message too big"));
        }
    }

    @Test
    void fragmentedMessageOverMaxSizeClosesWith1009() throws Exception {
        CompletableFuture<Message> last = new CompletableFuture<>();
        try (RunningServer server =
                        RunningServer.start(Apps.webSocketUntilDisconnect(last), b -> b.webSocket(SMALL_MESSAGES));
                WebSocketClient client = WebSocketClient.connect(server.port(), "/")) {
            client.sendTextFragment("a".repeat(600), false).sendTextFragment("b".repeat(600), true);
            assertThat(client.nextClose().code()).isEqualTo(1009);
            assertThat(((WebSocketDisconnect) last.get(5, TimeUnit.SECONDS)).code())
                    .isEqualTo(1009);
        }
    }

    @Test
    void fullQueuePausesReadingUntilTheAppCatchesUp() throws Exception {
        int messages = 256;
        byte[] payload = new byte[64 * 1024];
        CountDownLatch appMayRead = new CountDownLatch(1);
        CompletableFuture<Integer> received = new CompletableFuture<>();
        var app = webSocket((scope, receive, send) -> {
            receive.receive();
            send.send(new WebSocketAccept());
            appMayRead.await();
            int count = 0;
            while (count < messages && receive.receive() instanceof WebSocketReceive) {
                count++;
            }
            received.complete(count);
        });
        try (RunningServer server = RunningServer.start(
                        app, b -> b.webSocket(WebSocketSettings.defaults().withMaxQueue(4)));
                RawWebSocket raw = RawWebSocket.open(server.port(), "/")) {
            AtomicInteger written = new AtomicInteger();
            Thread writer = Thread.ofPlatform().start(() -> {
                try {
                    for (int i = 0; i < messages; i++) {
                        raw.send(RawWebSocket.BINARY, true, false, payload);
                        written.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            // 16 MiB is more than the socket buffers hold: the writer can only finish if the server reads on.
            writer.join(1_500);
            assertThat(writer.isAlive())
                    .as("client still blocked after %d of %d messages", written.get(), messages)
                    .isTrue();
            appMayRead.countDown();
            writer.join(30_000);
            assertThat(written).hasValue(messages);
            assertThat(received.get(30, TimeUnit.SECONDS)).isEqualTo(messages);
        }
    }

    @Test
    void sendBlocksWhileTheClientDoesNotRead() throws Exception {
        int messages = 256;
        AtomicInteger sent = new AtomicInteger();
        CompletableFuture<Void> done = new CompletableFuture<>();
        var app = webSocket((scope, receive, send) -> {
            receive.receive();
            send.send(new WebSocketAccept());
            byte[] payload = new byte[64 * 1024];
            for (int i = 0; i < messages; i++) {
                send.send(WebSocketSend.bytes(payload));
                sent.incrementAndGet();
            }
            done.complete(null);
            receive.receive();
        });
        try (RunningServer server = RunningServer.start(app);
                RawWebSocket raw = RawWebSocket.open(server.port(), "/")) {
            Thread.sleep(1_500);
            assertThat(done)
                    .as("app still blocked in send() after %d of %d messages", sent.get(), messages)
                    .isNotDone();
            for (int i = 0; i < messages; i++) {
                assertThat(raw.readUntil(RawWebSocket.BINARY).payload()).hasSize(64 * 1024);
            }
            done.get(10, TimeUnit.SECONDS);
            assertThat(sent).hasValue(messages);
        }
    }
}
