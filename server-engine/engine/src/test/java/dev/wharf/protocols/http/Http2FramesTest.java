package dev.wharf.protocols.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wharf.testing.Apps;
import dev.wharf.testing.RunningServer;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * HTTP/2 at the frame level over a real clear-text socket (prior knowledge): what a hostile or
 * broken client sends, and the GOAWAY it gets.
 */
class Http2FramesTest {

    private static final byte[] PREFACE = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADERS = 0x1, RST_STREAM = 0x3, SETTINGS = 0x4, GOAWAY = 0x7, CONTINUATION = 0x9;
    private static final int END_STREAM = 0x1, END_HEADERS = 0x4;
    /** HPACK, static table only: :method GET, :scheme http, :path /. */
    private static final byte[] GET = {(byte) 0x82, (byte) 0x86, (byte) 0x84};

    private static byte[] frame(int type, int flags, int stream, byte[] payload) {
        ByteBuffer frame = ByteBuffer.allocate(9 + payload.length);
        frame.put((byte) (payload.length >>> 16))
                .put((byte) (payload.length >>> 8))
                .put((byte) payload.length);
        frame.put((byte) type).put((byte) flags).putInt(stream).put(payload);
        return frame.array();
    }

    /** Reads frames until a GOAWAY, and returns its error code; -1 when the connection ends without one. */
    private static int awaitGoAway(Socket socket) throws IOException {
        DataInputStream in = new DataInputStream(socket.getInputStream());
        try {
            while (true) {
                int length = (in.readUnsignedByte() << 16) | (in.readUnsignedByte() << 8) | in.readUnsignedByte();
                int type = in.readUnsignedByte();
                in.readUnsignedByte(); // flags
                in.readInt(); // stream
                byte[] payload = in.readNBytes(length);
                if (type == GOAWAY) {
                    return ByteBuffer.wrap(payload, 4, 4).getInt();
                }
            }
        } catch (EOFException | SocketException e) {
            return -1;
        }
    }

    private static Socket open(RunningServer server) throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout(10_000);
        OutputStream out = socket.getOutputStream();
        out.write(PREFACE);
        out.write(frame(SETTINGS, 0, 0, new byte[0]));
        return socket;
    }

    /** The first HEADERS frame's payload on {@code stream}. */
    private static byte[] awaitHeaders(Socket socket, int stream) throws IOException {
        DataInputStream in = new DataInputStream(socket.getInputStream());
        while (true) {
            int length = (in.readUnsignedByte() << 16) | (in.readUnsignedByte() << 8) | in.readUnsignedByte();
            int type = in.readUnsignedByte();
            in.readUnsignedByte(); // flags
            int id = in.readInt();
            byte[] payload = in.readNBytes(length);
            if (type == HEADERS && id == stream) {
                return payload;
            }
        }
    }

    @Test
    void aStreamWithoutAuthorityIsServed() throws Exception {
        try (RunningServer server = RunningServer.start(Apps.text("hi"));
                Socket socket = open(server)) {
            socket.getOutputStream().write(frame(HEADERS, END_STREAM | END_HEADERS, 1, GET));

            // HPACK's static table entry 8 is ":status: 200".
            assertThat(awaitHeaders(socket, 1)[0]).isEqualTo((byte) 0x88);
        }
    }

    @Test
    void rapidResetGetsGoAwayInsteadOfEndlessWork() throws Exception {
        try (RunningServer server = RunningServer.start(Apps.text("hi"));
                Socket socket = open(server)) {
            OutputStream out = socket.getOutputStream();
            try {
                for (int stream = 1; stream < 2 * 1000; stream += 2) {
                    out.write(frame(HEADERS, END_STREAM | END_HEADERS, stream, GET));
                    out.write(frame(RST_STREAM, 0, stream, new byte[] {0, 0, 0, 8})); // CANCEL
                }
                out.flush();
            } catch (SocketException e) {
                // closed by the server mid-attack: what it should do
            }

            assertThat(awaitGoAway(socket)).as("GOAWAY's error code").isEqualTo(0xb); // ENHANCE_YOUR_CALM
        }
    }

    @Test
    void aHeaderBlockThatNeverEndsIsRefusedBeforeItIsBufferedWhole() throws Exception {
        try (RunningServer server = RunningServer.start(Apps.text("hi"));
                Socket socket = open(server)) {
            OutputStream out = socket.getOutputStream();
            try {
                out.write(frame(HEADERS, END_STREAM, 1, GET));
                byte[] junk = new byte[16_000];
                for (int i = 0; i < 1000; i++) {
                    out.write(frame(CONTINUATION, 0, 1, junk));
                }
            } catch (SocketException e) {
                // closed by the server mid-flood
            }

            int code = awaitGoAway(socket);
            assertThat(code)
                    .as("GOAWAY's error code (PROTOCOL_ERROR), or -1 for a connection reset")
                    .isIn(-1, 0x1);
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> server.server().state().activeConnections() == 0);
        }
    }

    @Test
    void aBadPrefaceIsAnsweredAsHttp11() throws Exception {
        try (RunningServer server = RunningServer.start(Apps.text("hi"));
                Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("PRI * HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

            String answer = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(answer).startsWith("HTTP/1.1 4");
        }
    }
}
