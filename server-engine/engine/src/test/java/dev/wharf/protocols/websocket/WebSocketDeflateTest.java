package dev.wharf.protocols.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.config.WebSocketSettings;
import dev.wharf.testing.Apps;
import dev.wharf.testing.RawWebSocket;
import dev.wharf.testing.RunningServer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/** permessage-deflate (RFC 7692), checked on the wire with the JDK's own zlib. */
class WebSocketDeflateTest {

    private static final String OFFER = "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits";

    @Test
    void offeredDeflateIsAgreedAndMessagesTravelCompressedBothWays() throws Exception {
        String text = "hello hello hello hello hello hello hello hello";
        try (RunningServer server = RunningServer.start(Apps.webSocketEcho());
                RawWebSocket raw = RawWebSocket.open(server.port(), "/", OFFER)) {
            assertThat(raw.handshake().header("sec-websocket-extensions"))
                    .hasValueSatisfying(value -> assertThat(value).startsWith("permessage-deflate"));
            raw.send(RawWebSocket.TEXT, true, true, deflate(text.getBytes(StandardCharsets.UTF_8)));
            RawWebSocket.Frame echo = raw.readUntil(RawWebSocket.TEXT);
            assertThat(echo.rsv1()).as("compressed").isTrue();
            assertThat(echo.payload().length).isLessThan(text.length());
            assertThat(new String(inflate(echo.payload()), StandardCharsets.UTF_8))
                    .isEqualTo(text);
        }
    }

    @Test
    void compressedMessageThatInflatesPastMaxSizeClosesWith1009() throws Exception {
        WebSocketSettings small = WebSocketSettings.defaults().withMaxSize(1024);
        try (RunningServer server = RunningServer.start(Apps.webSocketEcho(), b -> b.webSocket(small));
                RawWebSocket raw = RawWebSocket.open(server.port(), "/", OFFER)) {
            byte[] bomb = deflate("a".repeat(100_000).getBytes(StandardCharsets.US_ASCII));
            assertThat(bomb.length).isLessThan(1024);
            raw.send(RawWebSocket.TEXT, true, true, bomb);
            assertThat(raw.readUntil(RawWebSocket.CLOSE).closeCode()).isEqualTo(1009);
            assertThat(raw.isClosedByServer(5_000)).isTrue();
        }
    }

    @Test
    void deflateIsNotAgreedWhenTurnedOff() throws Exception {
        WebSocketSettings off = WebSocketSettings.defaults().withPerMessageDeflate(false);
        try (RunningServer server = RunningServer.start(Apps.webSocketEcho(), b -> b.webSocket(off));
                RawWebSocket raw = RawWebSocket.open(server.port(), "/", OFFER)) {
            assertThat(raw.handshake().status()).isEqualTo(101);
            assertThat(raw.handshake().header("sec-websocket-extensions")).isEmpty();
            raw.sendText("plain");
            RawWebSocket.Frame echo = raw.read();
            assertThat(echo.rsv1()).isFalse();
            assertThat(echo.text()).isEqualTo("plain");
        }
    }

    @Test
    void compressedFrameWithoutAgreedDeflateIsAProtocolError() throws Exception {
        try (RunningServer server = RunningServer.start(Apps.webSocketEcho());
                RawWebSocket raw = RawWebSocket.open(server.port(), "/")) {
            raw.send(RawWebSocket.TEXT, true, true, deflate("x".getBytes(StandardCharsets.US_ASCII)));
            assertThat(raw.readUntil(RawWebSocket.CLOSE).closeCode()).isEqualTo(1002);
        }
    }

    /** A message body as RFC 7692 sends it: raw deflate, sync-flushed, without the final 00 00 ff ff. */
    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(data);
        byte[] buffer = new byte[data.length + 64];
        int length = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
        deflater.end();
        return Arrays.copyOf(buffer, length - 4);
    }

    private static byte[] inflate(byte[] payload) throws Exception {
        Inflater inflater = new Inflater(true);
        byte[] input = Arrays.copyOf(payload, payload.length + 4);
        input[payload.length + 2] = (byte) 0xff;
        input[payload.length + 3] = (byte) 0xff;
        inflater.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        int n;
        while ((n = inflater.inflate(buffer)) > 0) {
            out.write(buffer, 0, n);
        }
        inflater.end();
        return out.toByteArray();
    }
}
