package dev.wharf.benchmarks.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.Deflater;

/** Raw WebSocket frames as a client writes them, and the upgrade that comes first. */
final class Frames {

    static final int TEXT = 0x1;
    static final int BINARY = 0x2;
    static final int PING = 0x9;

    private Frames() {}

    /** Opens {@code path} as a WebSocket, offering permessage-deflate when asked, and reads the 101. */
    static Socket upgrade(String host, int port, String path, boolean deflate) throws IOException {
        Socket socket = new Socket(host, port);
        byte[] key = new byte[16];
        ThreadLocalRandom.current().nextBytes(key);
        String request = "GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(key) + "\r\n"
                + (deflate ? "Sec-WebSocket-Extensions: permessage-deflate; client_no_context_takeover\r\n" : "")
                + "\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String head = readHead(socket.getInputStream());
        if (!head.startsWith("HTTP/1.1 101")) {
            socket.close();
            throw new IOException("the server refused the WebSocket: "
                    + head.lines().findFirst().orElse(""));
        }
        if (deflate && !head.toLowerCase().contains("permessage-deflate")) {
            socket.close();
            throw new IOException("the server did not agree to permessage-deflate");
        }
        return socket;
    }

    /** One masked frame; {@code rsv1} marks a compressed message. */
    static byte[] frame(int opcode, boolean rsv1, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 14);
        out.write(0x80 | (rsv1 ? 0x40 : 0) | opcode);
        if (payload.length < 126) {
            out.write(0x80 | payload.length);
        } else if (payload.length < 65536) {
            out.write(0x80 | 126);
            out.write(payload.length >> 8);
            out.write(payload.length);
        } else {
            out.write(0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) ((long) payload.length >>> shift));
            }
        }
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        out.writeBytes(mask);
        for (int i = 0; i < payload.length; i++) {
            out.write(payload[i] ^ mask[i & 3]);
        }
        return out.toByteArray();
    }

    /** {@code size} zero bytes deflated as permessage-deflate carries them: a few KiB that inflate to {@code size}. */
    static byte[] deflatedZeros(int size) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(new byte[size]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH)) > 0) {
            out.write(buffer, 0, n);
            if (n < buffer.length) {
                break;
            }
        }
        deflater.end();
        byte[] bytes = out.toByteArray();
        // RFC 7692 7.2.1: the sender drops the 00 00 ff ff that ends a sync flush.
        return Arrays.copyOf(bytes, bytes.length - 4);
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            head.append((char) c);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        return head.toString();
    }
}
