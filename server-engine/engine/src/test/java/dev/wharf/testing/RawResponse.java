package dev.wharf.testing;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One HTTP response as it came off the wire. */
public record RawResponse(String statusLine, int status, List<String[]> headers, byte[] body, boolean chunked) {

    public Optional<String> header(String name) {
        return headers.stream()
                .filter(h -> h[0].equalsIgnoreCase(name))
                .map(h -> h[1])
                .findFirst();
    }

    public long count(String name) {
        return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).count();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    static RawResponse readHeaders(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            throw new EOFException("connection closed before a response");
        }
        String[] parts = statusLine.split(" ", 3);
        List<String[]> headers = new ArrayList<>();
        String line;
        while ((line = line(in)) != null && !line.isEmpty()) {
            int colon = line.indexOf(':');
            headers.add(new String[] {
                line.substring(0, colon).trim(), line.substring(colon + 1).trim()
            });
        }
        boolean chunked = headers.stream()
                .anyMatch(h -> h[0].equalsIgnoreCase("transfer-encoding")
                        && h[1].toLowerCase(Locale.ROOT).contains("chunked"));
        return new RawResponse(statusLine, Integer.parseInt(parts[1]), headers, new byte[0], chunked);
    }

    static RawResponse read(InputStream in, boolean head) throws IOException {
        RawResponse start = readHeaders(in);
        int status = start.status();
        if (head || status < 200 || status == 204 || status == 304) {
            return start;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Optional<String> length = start.header("content-length");
        if (start.chunked()) {
            byte[] chunk;
            while ((chunk = readChunk(in)).length > 0) {
                body.write(chunk);
            }
        } else if (length.isPresent()) {
            body.write(in.readNBytes(Integer.parseInt(length.get())));
        } else {
            in.transferTo(body);
        }
        return new RawResponse(start.statusLine(), status, start.headers(), body.toByteArray(), start.chunked());
    }

    static byte[] readChunk(InputStream in) throws IOException {
        String sizeLine = line(in);
        if (sizeLine == null) {
            throw new EOFException("connection closed inside a chunked body");
        }
        int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
        if (size == 0) {
            String trailer;
            while ((trailer = line(in)) != null && !trailer.isEmpty()) {
                // trailers are not used by Wharf
            }
            return new byte[0];
        }
        byte[] data = in.readNBytes(size);
        line(in);
        return data;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
