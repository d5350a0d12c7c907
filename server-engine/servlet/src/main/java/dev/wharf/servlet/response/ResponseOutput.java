package dev.wharf.servlet.response;

import dev.wharf.asgi.HttpResponseBody;
import dev.wharf.asgi.HttpResponseStart;
import dev.wharf.asgi.Message;
import dev.wharf.asgi.Send;
import dev.wharf.servlet.unsupported.UnsupportedServletFeature;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The response body: bytes are held in a buffer of the response's buffer size; when it fills, or on
 * {@code flush}, the response commits ({@code http.response.start} from the head supplier) and the bytes go
 * out as an {@code http.response.body} with {@code more_body}. A write larger than the buffer goes straight
 * out, so a large download never sits whole in memory, and {@code send()} blocking is the engine's
 * backpressure reaching the servlet. A response that fits in the buffer goes out as one message, and the
 * engine gives it a {@code Content-Length}.
 */
final class ResponseOutput extends ServletOutputStream {

    private final Send send;
    private final Supplier<HttpResponseStart> head;
    private byte[] buffer;
    private int count;
    private boolean committed;
    private boolean closed;
    private IOException failure;
    private long contentLength = -1;
    private long written;

    ResponseOutput(Send send, Supplier<HttpResponseStart> head, int bufferSize) {
        this.send = send;
        this.head = head;
        this.buffer = new byte[bufferSize];
    }

    int bufferSize() {
        return buffer.length;
    }

    void bufferSize(int size) {
        buffer = Arrays.copyOf(buffer, Math.max(size, count));
    }

    boolean committed() {
        return committed;
    }

    boolean closed() {
        return closed;
    }

    /** Whether anything has been written since the last reset. */
    boolean hasContent() {
        return written > 0;
    }

    void contentLength(long length) {
        this.contentLength = length;
    }

    void resetBuffer() {
        count = 0;
        written = 0;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        checkFailure();
        if (closed || length == 0) {
            // Writes after the response is complete (after sendError, or past the Content-Length) are dropped,
            // as containers do.
            return;
        }
        if (length > buffer.length - count) {
            if (count > 0) {
                sendBody(Arrays.copyOf(buffer, count), true);
                count = 0;
            }
            if (length >= buffer.length) {
                written += length;
                sendBody(Arrays.copyOfRange(bytes, offset, offset + length), !reachedContentLength());
                closed = closed || reachedContentLength();
                return;
            }
        }
        System.arraycopy(bytes, offset, buffer, count, length);
        count += length;
        written += length;
        if (reachedContentLength()) {
            close();
        }
    }

    private boolean reachedContentLength() {
        return contentLength >= 0 && written >= contentLength;
    }

    /** Commits the response and sends what is buffered. */
    @Override
    public void flush() throws IOException {
        checkFailure();
        if (closed) {
            return;
        }
        sendBody(Arrays.copyOf(buffer, count), true);
        count = 0;
    }

    /** Completes the response: what is buffered is its last piece (its whole body if nothing went out yet). */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        checkFailure();
        sendBody(Arrays.copyOf(buffer, count), false);
        count = 0;
    }

    private void sendBody(byte[] bytes, boolean more) throws IOException {
        if (!committed) {
            committed = true;
            send(head.get());
        }
        send(new HttpResponseBody(bytes, more));
    }

    private void send(Message message) throws IOException {
        try {
            send.send(message);
        } catch (IOException e) {
            failure = e;
            closed = true;
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = new InterruptedIOException("Interrupted while sending the response");
            closed = true;
            throw failure;
        }
    }

    /** A client that went away stays gone: every later write says so, not just the first. */
    private void checkFailure() throws IOException {
        if (failure != null) {
            throw failure;
        }
    }

    boolean failed() {
        return failure != null;
    }

    @Override
    public boolean isReady() {
        // Writes block a virtual thread, so a write is always allowed.
        return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
        throw new UnsupportedServletFeature(
                "non-blocking writes (ServletOutputStream.setWriteListener)",
                "Write with blocking writes: each request has its own virtual thread.");
    }
}
