package dev.wharf.plugins.staticfiles;

import dev.wharf.asgi.Header;
import dev.wharf.asgi.HttpResponseBody;
import dev.wharf.asgi.HttpResponseStart;
import dev.wharf.asgi.HttpScope;
import dev.wharf.asgi.Send;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One file as an HTTP response: its validators ({@code ETag} from its modification time and size,
 * {@code Last-Modified}), a {@code 304} when the client's copy is current, and otherwise the bytes,
 * read and sent a chunk at a time so a large file never sits in memory whole.
 */
final class FileResponse {

    private static final int CHUNK = 64 * 1024;

    private FileResponse() {}

    static void send(HttpScope scope, Path file, String cacheControl, Send send)
            throws IOException, InterruptedException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        long size = attributes.size();
        // HTTP dates have whole seconds: compare at that precision, or a file would never be "not modified".
        Instant modified = attributes.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.SECONDS);
        String etag =
                "\"" + Long.toHexString(attributes.lastModifiedTime().toMillis()) + "-" + Long.toHexString(size) + "\"";
        List<Header> headers = new ArrayList<>();
        headers.add(Header.of("etag", etag));
        headers.add(Header.of("last-modified", HttpDates.format(modified)));
        if (!cacheControl.isEmpty()) {
            headers.add(Header.of("cache-control", cacheControl));
        }
        if (notModified(scope, etag, modified)) {
            send.send(new HttpResponseStart(304, headers));
            send.send(new HttpResponseBody(new byte[0]));
            return;
        }
        headers.add(Header.of("content-type", MediaTypes.of(file.getFileName().toString())));
        headers.add(Header.of("content-length", Long.toString(size)));
        send.send(new HttpResponseStart(200, headers));
        if (scope.method().equals("HEAD")) {
            send.send(new HttpResponseBody(new byte[0]));
            return;
        }
        sendBytes(file, size, send);
    }

    /** {@code If-None-Match} decides when present (RFC 9110, 13.2.2); only otherwise {@code If-Modified-Since}. */
    private static boolean notModified(HttpScope scope, String etag, Instant modified) {
        Optional<String> ifNoneMatch = scope.header("if-none-match");
        if (ifNoneMatch.isPresent()) {
            for (String candidate : ifNoneMatch.get().split(",")) {
                String tag = candidate.strip();
                // Weak comparison, as RFC 9110 asks for If-None-Match.
                if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                    return true;
                }
            }
            return false;
        }
        return scope.header("if-modified-since")
                .flatMap(HttpDates::parse)
                .map(since -> !modified.isAfter(since))
                .orElse(false);
    }

    /** Exactly {@code size} bytes, as promised in Content-Length; a file that shrank meanwhile ends the response early. */
    private static void sendBytes(Path file, long size, Send send) throws IOException, InterruptedException {
        try (InputStream in = Files.newInputStream(file)) {
            long remaining = size;
            do {
                int length = (int) Math.min(CHUNK, remaining);
                byte[] chunk = in.readNBytes(length);
                if (chunk.length < length) {
                    throw new EOFException(file + " became shorter while it was being sent");
                }
                remaining -= length;
                send.send(new HttpResponseBody(chunk, remaining > 0));
            } while (remaining > 0);
        }
    }
}
