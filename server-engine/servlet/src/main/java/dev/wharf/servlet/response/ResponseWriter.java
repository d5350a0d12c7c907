package dev.wharf.servlet.response;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;

/**
 * The characters of {@code getWriter()}, encoded as they are written straight into the response output, so
 * that the response buffer (and {@code resetBuffer}) sees every character at once; a high surrogate at the
 * end of a write waits for its pair.
 */
final class ResponseWriter extends Writer {

    private final OutputStream out;
    private final Charset charset;
    private char pendingHigh;

    ResponseWriter(OutputStream out, Charset charset) {
        this.out = out;
        this.charset = charset;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        encode(new String(chars, offset, length));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        encode(text.substring(offset, offset + length));
    }

    @Override
    public void write(String text) throws IOException {
        encode(text);
    }

    private void encode(String text) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        if (pendingHigh != 0) {
            text = pendingHigh + text;
            pendingHigh = 0;
        }
        char last = text.charAt(text.length() - 1);
        if (Character.isHighSurrogate(last)) {
            pendingHigh = last;
            text = text.substring(0, text.length() - 1);
        }
        out.write(text.getBytes(charset));
    }

    /** Forgets a waiting half character, as {@code resetBuffer} forgets the bytes. */
    void reset() {
        pendingHigh = 0;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
