package dev.wharf.asgi;

import java.nio.charset.StandardCharsets;

/**
 * Small conversions that ASGI code in Java keeps needing: bodies are bytes, text is UTF-8.
 */
public final class Bytes {

    private Bytes() {}

    /** The UTF-8 bytes of {@code text}. */
    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code bytes} decoded as UTF-8. */
    public static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
