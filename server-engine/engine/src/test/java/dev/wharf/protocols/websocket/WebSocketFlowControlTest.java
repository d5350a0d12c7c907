package dev.wharf.protocols.websocket;

import static dev.wharf.testing.Apps.webSocket;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.asgi.App;
import dev.wharf.asgi.Message;
import dev.wharf.asgi.WebSocketAccept;
import dev.wharf.asgi.WebSocketDisconnect;
import dev.wharf.asgi.WebSocketReceive;
import dev.wharf.config.WebSocketSettings;
import dev.wharf.testing.NonReadingPeer;
import dev.wharf.testing.RawWebSocket;
import dev.wharf.testing.RunningServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What a hostile WebSocket peer can make a worker hold: pongs it never reads, messages the app has
 * not taken yet (counted in bytes, not only in messages), and text that is not UTF-8.
 */
class WebSocketFlowControlTest {

    /** Accepts, then waits for the end without taking a message until {@code release}. */
    private static App acceptAndHold(CountDownLatch release, CompletableFuture<Message> end) {
        return webSocket((scope, receive, send) -> {
            receive.receive();
            send.send(new WebSocketAccept(null, List.of()));
            release.await();
            Message message;
            do {
                message = receive.receive();
            } while (message instanceof WebSocketReceive);
            end.complete(message);
        });
    }

    /** A masked frame, as a client sends it. */
    private static byte[] frame(int opcode, boolean fin, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 14);
        out.write((fin ? 0x80 : 0) | opcode);
        if (payload.length < 126) {
            out.write(0x80 | payload.length);
        } else if (payload.length < 65536) {
            out.write(0x80 | 126);
            out.write(payload.length >> 8);
            out.write(payload.length);
        } else {
            out.write(0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) ((long) payload.length >> shift));
            }
        }
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        out.writeBytes(mask);
        for (int i = 0; i < payload.length; i++) {
            out.write(payload[i] ^ mask[i % 4]);
        }
        return out.toByteArray();
    }

    @Test
    void aPingFloodFromAPeerThatNeverReadsIsNoLongerReadOnceItsPongsBackUp() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (RunningServer server = RunningServer.start(acceptAndHold(release, new CompletableFuture<>()));
                RawWebSocket ws = RawWebSocket.open(server.port(), "/")) {
            assertThat(ws.handshake().status()).isEqualTo(101);
            ws.http().socket().setReceiveBufferSize(16 * 1024);
            byte[] ping = frame(RawWebSocket.PING, true, new byte[125]);
            try (NonReadingPeer peer = new NonReadingPeer(ws.http().output(), n -> ping)) {
                long sent = peer.bytesWhenStalled(Duration.ofSeconds(1), 48L * 1024 * 1024);
                assertThat(sent).isLessThan(48L * 1024 * 1024);
            } finally {
                release.countDown();
            }
        }
    }

    @Test
    void messagesTheAppHasNotTakenAreBoundedInBytesNotOnlyInNumber() throws Exception {
        int maxSize = 8 * 1024 * 1024;
        CountDownLatch release = new CountDownLatch(1);
        WebSocketSettings settings =
                WebSocketSettings.defaults().withMaxSize(maxSize).withMaxQueue(32);
        try (RunningServer server = RunningServer.start(
                        acceptAndHold(release, new CompletableFuture<>()), b -> b.webSocket(settings));
                RawWebSocket ws = RawWebSocket.open(server.port(), "/")) {
            byte[] message = frame(RawWebSocket.BINARY, true, new byte[4 * 1024 * 1024]);
            try (NonReadingPeer peer = new NonReadingPeer(ws.http().output(), n -> message)) {
                // 32 messages of 4 MiB would be 128 MiB; a budget of ws_max_size holds two of them.
                long sent = peer.bytesWhenStalled(Duration.ofSeconds(1), 48L * 1024 * 1024);
                assertThat(sent).isLessThan(48L * 1024 * 1024);
            } finally {
                release.countDown();
            }
        }
    }

    @Test
    void textThatIsNotUtf8ClosesWith1007() throws Exception {
        assertClosedWith1007(ws -> ws.send(RawWebSocket.TEXT, true, false, new byte[] {'o', 'k', (byte) 0xc3, 0x28}));
    }

    @Test
    void fragmentedTextThatIsNotUtf8ClosesWith1007() throws Exception {
        assertClosedWith1007(ws -> {
            ws.send(RawWebSocket.TEXT, false, false, new byte[] {'a', 'b'});
            ws.send(RawWebSocket.CONTINUATION, true, false, new byte[] {(byte) 0xff, (byte) 0xfe});
        });
    }

    @Test
    void aCharacterSplitAcrossFragmentsIsStillText() throws Exception {
        CompletableFuture<String> text = new CompletableFuture<>();
        try (RunningServer server = RunningServer.start(webSocket((scope, receive, send) -> {
                    receive.receive();
                    send.send(new WebSocketAccept(null, List.of()));
                    text.complete(((WebSocketReceive) receive.receive()).text());
                }));
                RawWebSocket ws = RawWebSocket.open(server.port(), "/")) {
            byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
            ws.send(RawWebSocket.TEXT, false, false, new byte[] {euro[0]});
            ws.send(RawWebSocket.CONTINUATION, true, false, new byte[] {euro[1], euro[2]});
            assertThat(text.get(5, TimeUnit.SECONDS)).isEqualTo("€");
        }
    }

    private interface Sending {
        void to(RawWebSocket ws) throws IOException;
    }

    private static void assertClosedWith1007(Sending sending) throws Exception {
        CompletableFuture<Message> end = new CompletableFuture<>();
        CountDownLatch release = new CountDownLatch(0);
        try (RunningServer server = RunningServer.start(acceptAndHold(release, end));
                RawWebSocket ws = RawWebSocket.open(server.port(), "/")) {
            sending.to(ws);
            RawWebSocket.Frame close = ws.readUntil(RawWebSocket.CLOSE);
            assertThat(close.closeCode()).isEqualTo(1007);
            assertThat(((WebSocketDisconnect) end.get(5, TimeUnit.SECONDS)).code())
                    .isEqualTo(1007);
        }
    }
}
