package dev.wharf.testing;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A WebSocket client by hand over {@link RawHttpClient}, for what a well-behaved client library
 * never does: offer permessage-deflate and send compressed frames, ignore pings, drop the socket
 * without a close frame, send oversized frames. Frames it sends are masked, as a client's must be.
 */
public final class RawWebSocket implements AutoCloseable {

    public static final int CONTINUATION = 0x0;
    public static final int TEXT = 0x1;
    public static final int BINARY = 0x2;
    public static final int CLOSE = 0x8;
    public static final int PING = 0x9;
    public static final int PONG = 0xA;

    /** One frame as it came off the wire (the server's frames are never masked). */
    public record Frame(boolean fin, boolean rsv1, int opcode, byte[] payload) {

        public String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        /** The code of a close frame, or 1005 when it has none. */
        public int closeCode() {
            return payload.length < 2 ? 1005 : ((payload[0] & 0xff) << 8) | (payload[1] & 0xff);
        }

        public String closeReason() {
            return payload.length <= 2 ? "" : new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8);
        }
    }

    private final RawHttpClient http;
    private final RawResponse handshake;
    private final DataInputStream in;

    private RawWebSocket(RawHttpClient http, RawResponse handshake) throws IOException {
        this.http = http;
        this.handshake = handshake;
        this.in = new DataInputStream(http.socket().getInputStream());
    }

    /**
     * Sends an upgrade request for {@code path} with extra header lines (a {@code Sec-WebSocket-Key}
     * among them replaces the random one) and reads the answer.
     */
    public static RawWebSocket open(int port, String path, String... extraHeaders) throws IOException {
        RawHttpClient http = RawHttpClient.connect(port);
        http.send(upgradeRequest(port, path, extraHeaders));
        // A 101 is read up to its blank line; a refusal with its whole body.
        return new RawWebSocket(http, http.read());
    }

    /** A well-formed upgrade request; a {@code Sec-WebSocket-Key} among the extra header lines replaces the random one. */
    public static String upgradeRequest(int port, String path, String... extraHeaders) {
        StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n");
        boolean ownKey = false;
        for (String header : extraHeaders) {
            request.append(header).append("\r\n");
            ownKey |= header.regionMatches(true, 0, "Sec-WebSocket-Key:", 0, 18);
        }
        if (!ownKey) {
            request.append("Sec-WebSocket-Key: ").append(newKey()).append("\r\n");
        }
        return request.append("\r\n").toString();
    }

    public static String newKey() {
        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        return Base64.getEncoder().encodeToString(nonce);
    }

    /** The server's answer to the upgrade request: the 101, or the whole refusal. */
    public RawResponse handshake() {
        return handshake;
    }

    public void sendText(String text) throws IOException {
        send(TEXT, true, false, text.getBytes(StandardCharsets.UTF_8));
    }

    public void sendClose(int code, String reason) throws IOException {
        byte[] reasonBytes = reason.getBytes(StandardCharsets.UTF_8);
        send(
                CLOSE,
                true,
                false,
                ByteBuffer.allocate(2 + reasonBytes.length)
                        .putShort((short) code)
                        .put(reasonBytes)
                        .array());
    }

    /** Sends one masked frame. */
    public void send(int opcode, boolean fin, boolean rsv1, byte[] payload) throws IOException {
        ByteBuffer frame = ByteBuffer.allocate(14 + payload.length);
        frame.put((byte) ((fin ? 0x80 : 0) | (rsv1 ? 0x40 : 0) | opcode));
        if (payload.length < 126) {
            frame.put((byte) (0x80 | payload.length));
        } else if (payload.length < 65536) {
            frame.put((byte) (0x80 | 126)).putShort((short) payload.length);
        } else {
            frame.put((byte) (0x80 | 127)).putLong(payload.length);
        }
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        frame.put(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.put((byte) (payload[i] ^ mask[i % 4]));
        }
        http.send(Arrays.copyOf(frame.array(), frame.position()));
    }

    /** Reads the next frame, waiting up to the socket's timeout. */
    public Frame read() throws IOException {
        int first = in.readUnsignedByte();
        int second = in.readUnsignedByte();
        long length = second & 0x7f;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        byte[] payload = new byte[Math.toIntExact(length)];
        in.readFully(payload);
        return new Frame((first & 0x80) != 0, (first & 0x40) != 0, first & 0x0f, payload);
    }

    /** Reads frames until one with {@code opcode}, skipping others (pings, say). */
    public Frame readUntil(int opcode) throws IOException {
        Frame frame;
        do {
            frame = read();
        } while (frame.opcode() != opcode);
        return frame;
    }

    /** Whether the server closed the TCP connection: reads until end of stream or the timeout. */
    public boolean isClosedByServer(int timeoutMillis) throws IOException {
        return http.isClosedByServer(timeoutMillis);
    }

    public RawHttpClient http() {
        return http;
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
