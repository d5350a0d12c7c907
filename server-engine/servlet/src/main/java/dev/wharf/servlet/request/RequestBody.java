package dev.wharf.servlet.request;

import dev.wharf.asgi.ClientDisconnected;
import dev.wharf.asgi.HttpDisconnect;
import dev.wharf.asgi.HttpRequest;
import dev.wharf.asgi.Message;
import dev.wharf.asgi.Receive;
import dev.wharf.servlet.unsupported.UnsupportedServletFeature;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * The request body as a {@link ServletInputStream} that pulls each {@code http.request} piece from
 * {@code receive()} when the servlet has read the one before: it holds one piece at a time, so the
 * engine's backpressure reaches the client, and a client that goes away mid-body is an IOException.
 */
final class RequestBody extends ServletInputStream {

    private static final byte[] NONE = new byte[0];

    private final Receive receive;
    private byte[] piece = NONE;
    private int position;
    private boolean lastPiece;

    RequestBody(Receive receive) {
        this.receive = receive;
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return piece[position++] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int count = Math.min(length, piece.length - position);
        System.arraycopy(piece, position, into, offset, count);
        position += count;
        return count;
    }

    @Override
    public int available() {
        return piece.length - position;
    }

    /** Makes sure unread bytes are at hand, receiving the next piece if needed; false at the end of the body. */
    private boolean fill() throws IOException {
        while (position == piece.length) {
            if (lastPiece) {
                return false;
            }
            Message message;
            try {
                message = receive.receive();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("Interrupted while reading the request body");
            }
            if (message instanceof HttpRequest request) {
                piece = request.body();
                position = 0;
                lastPiece = !request.moreBody();
            } else if (message instanceof HttpDisconnect) {
                lastPiece = true;
                piece = NONE;
                position = 0;
                throw new ClientDisconnected("The client disconnected before the whole request body arrived");
            } else {
                throw new IOException("Unexpected ASGI message '" + message.type() + "' while reading the body");
            }
        }
        return true;
    }

    @Override
    public boolean isFinished() {
        return lastPiece && position == piece.length;
    }

    @Override
    public boolean isReady() {
        // Reads block a virtual thread, so a read is always allowed.
        return true;
    }

    @Override
    public void setReadListener(ReadListener listener) {
        throw new UnsupportedServletFeature(
                "non-blocking reads (ServletInputStream.setReadListener)",
                "Read the stream with blocking reads: each request has its own virtual thread.");
    }
}
