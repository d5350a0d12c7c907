package dev.wharf.protocols.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of hostile requests: well-formed requests (heads, bodies by length and by
 * chunks, pipelines, upgrades) mutated the ways parsers break: flipped and inserted bytes, control
 * and non-ASCII characters, cut lines, repeated or folded headers, absurd lengths and chunk sizes.
 * The same seed gives the same inputs, so a failure can be replayed.
 */
final class RequestMutator {

    private static final List<String> CORPUS = List.of(
            "GET / HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /scope?a=1&b=%20c HTTP/1.1\r\nHost: x\r\nAccept: */*\r\nUser-Agent: fuzz\r\n\r\n",
            "HEAD / HTTP/1.0\r\n\r\n",
            "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello",
            "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n",
            "POST /echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\nabc",
            "GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\nGET /c HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET http://example.com:80/x HTTP/1.1\r\nHost: y\r\n\r\n",
            "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n",
            "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n0\r\nTrailer: t\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nCookie: a=b; c=d\r\n\r\n");

    private static final byte[] INTERESTING = {
        '\r',
        '\n',
        0,
        ' ',
        '\t',
        ':',
        ';',
        ',',
        '%',
        '/',
        '?',
        '#',
        '"',
        0x7f,
        (byte) 0x80,
        (byte) 0xff,
        0x1b,
        '0',
        '9',
        'F'
    };

    private static final List<String> HEADERS = List.of(
            "Content-Length: 99999999999999999999\r\n",
            "Content-Length: -1\r\n",
            "Content-Length: 3\r\nContent-Length: 4\r\n",
            "Transfer-Encoding: chunked\r\n",
            "Transfer-Encoding: gzip, chunked\r\n",
            "Transfer-Encoding: chunked\r\nContent-Length: 3\r\n",
            "Host: a\r\nHost: b\r\n",
            " folded: line\r\n",
            "X: " + "y".repeat(5000) + "\r\n",
            "Connection: Upgrade, close\r\n",
            "Expect: 100-continue\r\n",
            "X-Forwarded-For: 1.2.3.4, \u001b[31m\r\n");

    private final Random random;

    RequestMutator(long seed) {
        random = new Random(seed);
    }

    byte[] next() {
        byte[] input = CORPUS.get(random.nextInt(CORPUS.size())).getBytes(StandardCharsets.ISO_8859_1);
        int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            input = mutate(input);
        }
        return input;
    }

    private byte[] mutate(byte[] input) {
        if (input.length == 0) {
            return CORPUS.get(0).getBytes(StandardCharsets.ISO_8859_1);
        }
        int at = random.nextInt(input.length);
        return switch (random.nextInt(10)) {
            case 0 -> flip(input, at);
            case 1 -> insert(input, at, new byte[] {INTERESTING[random.nextInt(INTERESTING.length)]});
            case 2 -> delete(input, at, 1 + random.nextInt(Math.min(16, input.length - at)));
            case 3 ->
                insert(
                        input,
                        headerEnd(input),
                        HEADERS.get(random.nextInt(HEADERS.size())).getBytes(StandardCharsets.ISO_8859_1));
            case 4 -> Arrays.copyOf(input, at); // cut short
            case 5 -> insert(input, at, repeat(input, at));
            case 6 -> replace(input, "\r\n", "\n");
            case 7 -> replace(input, "HTTP/1.1", random.nextBoolean() ? "HTTP/1.0" : "HTTP/9.9");
            case 8 -> insert(input, input.length, input); // pipelined again
            default -> replace(input, "\r\n0\r\n", "\r\nffffffffffffffff\r\n");
        };
    }

    private byte[] flip(byte[] input, int at) {
        byte[] out = input.clone();
        out[at] ^= (byte) (1 << random.nextInt(8));
        return out;
    }

    private static byte[] insert(byte[] input, int at, byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(input.length + bytes.length);
        out.write(input, 0, at);
        out.writeBytes(bytes);
        out.write(input, at, input.length - at);
        return out.toByteArray();
    }

    private static byte[] delete(byte[] input, int at, int length) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(input.length);
        out.write(input, 0, at);
        out.write(input, at + length, input.length - at - length);
        return out.toByteArray();
    }

    private byte[] repeat(byte[] input, int at) {
        int length = 1 + random.nextInt(Math.min(32, input.length - at));
        byte[] piece = Arrays.copyOfRange(input, at, at + length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = random.nextInt(64); i >= 0; i--) {
            out.writeBytes(piece);
        }
        return out.toByteArray();
    }

    private static byte[] replace(byte[] input, String from, String to) {
        String text = new String(input, StandardCharsets.ISO_8859_1);
        return text.replace(from, to).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Where the first request's header lines end: new header lines go just before the blank line. */
    private static int headerEnd(byte[] input) {
        String text = new String(input, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        return end < 0 ? input.length : end + 2;
    }
}
