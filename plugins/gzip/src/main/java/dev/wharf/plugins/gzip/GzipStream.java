package dev.wharf.plugins.gzip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * One response body being gzip-encoded piece by piece. Each {@link #next} ends with a sync flush,
 * so the client can decode everything sent so far at once: what a streamed response needs, at the
 * cost of a few bytes per chunk. Memory is bounded by one chunk's output.
 */
final class GzipStream {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final GZIPOutputStream gzip;

    GzipStream(int level) {
        try {
            gzip = new GZIPOutputStream(output, 8192, true) {
                {
                    def.setLevel(level); // before any data, so it applies to the whole body
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
    }

    /** Compresses a piece and returns every byte of output so far; empty when there is nothing new to send. */
    byte[] next(byte[] piece) {
        try {
            if (piece.length > 0) {
                gzip.write(piece);
                gzip.flush();
            }
            return take();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compresses the last piece and returns the rest of the body, trailer included. */
    byte[] last(byte[] piece) {
        try {
            gzip.write(piece);
            gzip.finish();
            byte[] rest = take();
            gzip.close();
            return rest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Frees the deflater's native memory at once, for a response the app abandoned midway. */
    void release() {
        try {
            gzip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] take() {
        byte[] bytes = output.toByteArray();
        output.reset();
        return bytes;
    }
}
