package dev.wharf.protocols;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The request target of a request line split the way ASGI wants it: the raw path, its
 * percent-decoded form and the query string. Handles origin-form ({@code /a?b}), absolute-form
 * ({@code http://host/a?b}) and asterisk-form ({@code *}).
 *
 * @param rawPath     the path as sent, ISO-8859-1
 * @param path        the path percent-decoded as UTF-8 (invalid sequences become U+FFFD)
 * @param queryString the bytes after {@code ?}
 */
public record RequestTarget(String rawPath, String path, byte[] queryString) {

    private static final byte[] NO_QUERY = new byte[0];

    public static RequestTarget parse(String uri) {
        int start = 0;
        int scheme = uri.indexOf("://");
        if (scheme > 0 && !uri.startsWith("/")) {
            int slash = uri.indexOf('/', scheme + 3);
            int question = uri.indexOf('?', scheme + 3);
            start = slash < 0 ? uri.length() : slash;
            if (question >= 0 && question < start) {
                start = question;
            }
        }
        int end = uri.indexOf('#', start);
        if (end < 0) {
            end = uri.length();
        }
        int question = uri.indexOf('?', start);
        if (question > end) {
            question = -1;
        }
        String rawPath = uri.substring(start, question < 0 ? end : question);
        if (rawPath.isEmpty()) {
            rawPath = "/";
        }
        byte[] query =
                question < 0 ? NO_QUERY : uri.substring(question + 1, end).getBytes(StandardCharsets.ISO_8859_1);
        return new RequestTarget(rawPath, percentDecode(rawPath), query);
    }

    /**
     * The authority of an absolute-form target ({@code http://example.com:8080/path}), or
     * {@code null} for the origin form ({@code /path}) and the asterisk form.
     */
    public static String authority(String uri) {
        if (uri.startsWith("/")) {
            return null;
        }
        int scheme = uri.indexOf("://");
        if (scheme <= 0) {
            return null;
        }
        int start = scheme + 3;
        int end = start;
        while (end < uri.length() && "/?#".indexOf(uri.charAt(end)) < 0) {
            end++;
        }
        String authority = uri.substring(start, end);
        int userInfo = authority.lastIndexOf('@');
        return userInfo >= 0 ? authority.substring(userInfo + 1) : authority;
    }

    /** Decodes {@code %XX} escapes to bytes and reads the result as UTF-8; {@code +} stays {@code +}. */
    static String percentDecode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
                bytes.write(hex(raw.charAt(i + 1)) << 4 | hex(raw.charAt(i + 2)));
                i += 2;
            } else {
                bytes.write(c & 0xff);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
