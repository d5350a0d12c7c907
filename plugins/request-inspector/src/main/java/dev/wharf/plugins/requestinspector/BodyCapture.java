package dev.wharf.plugins.requestinspector;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The first bytes of a body, up to a limit, and how many there were in all: enough to show, never
 * enough to hold a large upload or download in memory.
 */
final class BodyCapture {

    private final int limit;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long total;

    BodyCapture(int limit) {
        this.limit = limit;
    }

    void add(byte[] piece) {
        total += piece.length;
        int room = limit - kept.size();
        if (room > 0) {
            kept.write(piece, 0, Math.min(room, piece.length));
        }
    }

    long totalBytes() {
        return total;
    }

    boolean truncated() {
        return total > kept.size();
    }

    /** The kept bytes as text, or {@code null} for a body that looks binary (it holds NUL bytes) and would show as noise. */
    String text() {
        byte[] bytes = kept.toByteArray();
        for (byte b : bytes) {
            if (b == 0) {
                return null;
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
