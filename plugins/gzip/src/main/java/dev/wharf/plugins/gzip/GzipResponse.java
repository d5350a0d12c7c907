package dev.wharf.plugins.gzip;

import dev.wharf.asgi.Header;
import dev.wharf.asgi.HttpResponseBody;
import dev.wharf.asgi.HttpResponseStart;
import dev.wharf.asgi.Message;
import dev.wharf.asgi.Send;
import dev.wharf.asgi.plugin.HeaderLists;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The {@code send} one response goes through: decides from the start and the first body piece
 * whether to compress, then rewrites the start and encodes each piece as it comes.
 *
 * <p>A response is worth compressing when its status carries a body, it is not encoded or ranged
 * already, its type is on the list and {@code Cache-Control} allows transforms. Such a response
 * always gets {@code Vary: Accept-Encoding} unless it is known to be small, as its bytes then
 * depend on the client. The start is held back only until the first body piece, which shows
 * whether the body is whole and small or streamed. Used by the app's thread only.
 */
final class GzipResponse implements Send {

    private enum State {
        AWAITING_START,
        HOLDING_START,
        PASSING,
        COMPRESSING
    }

    private final Send send;
    private final GzipSettings settings;
    private final boolean clientAcceptsGzip;
    private final boolean head;
    private State state = State.AWAITING_START;
    private HttpResponseStart start;
    private GzipStream stream;

    GzipResponse(Send send, GzipSettings settings, boolean clientAcceptsGzip, boolean head) {
        this.send = send;
        this.settings = settings;
        this.clientAcceptsGzip = clientAcceptsGzip;
        this.head = head;
    }

    @Override
    public void send(Message message) throws IOException, InterruptedException {
        switch (state) {
            case AWAITING_START -> {
                if (message instanceof HttpResponseStart first) {
                    onStart(first);
                } else {
                    send.send(message); // out of order: the server reports it
                }
            }
            case HOLDING_START -> {
                if (message instanceof HttpResponseBody body) {
                    onFirstBody(body);
                } else {
                    state = State.PASSING;
                    send.send(start);
                    send.send(message);
                }
            }
            case COMPRESSING -> {
                if (message instanceof HttpResponseBody body) {
                    onNextBody(body);
                } else {
                    send.send(message);
                }
            }
            case PASSING -> send.send(message);
        }
    }

    private void onStart(HttpResponseStart first) throws IOException, InterruptedException {
        long length = contentLength(first.headers());
        if (!worthCompressing(first) || (length >= 0 && length < settings.minimumSize())) {
            pass(first);
        } else if (head || !clientAcceptsGzip) {
            // A HEAD body is never sent, so its compressed length cannot be known: say only that it varies.
            pass(new HttpResponseStart(first.status(), HeaderLists.withVary(first.headers(), "Accept-Encoding")));
        } else {
            start = first;
            state = State.HOLDING_START;
        }
    }

    private void onFirstBody(HttpResponseBody body) throws IOException, InterruptedException {
        if (!body.moreBody() && body.body().length < settings.minimumSize()) {
            pass(new HttpResponseStart(start.status(), HeaderLists.withVary(start.headers(), "Accept-Encoding")));
            send.send(body);
        } else if (!body.moreBody()) {
            byte[] compressed = new GzipStream(settings.level()).last(body.body());
            pass(new HttpResponseStart(
                    start.status(),
                    HeaderLists.with(
                            gzipHeaders(start.headers()), "content-length", Integer.toString(compressed.length))));
            send.send(new HttpResponseBody(compressed, false));
        } else {
            stream = new GzipStream(settings.level());
            state = State.COMPRESSING;
            send.send(new HttpResponseStart(start.status(), gzipHeaders(start.headers())));
            send.send(new HttpResponseBody(stream.next(body.body()), true));
        }
        start = null;
    }

    private void onNextBody(HttpResponseBody body) throws IOException, InterruptedException {
        if (body.moreBody()) {
            byte[] compressed = stream.next(body.body());
            if (compressed.length > 0) {
                send.send(new HttpResponseBody(compressed, true));
            }
        } else {
            byte[] rest = stream.last(body.body());
            stream = null;
            state = State.PASSING;
            send.send(new HttpResponseBody(rest, false));
        }
    }

    private void pass(HttpResponseStart message) throws IOException, InterruptedException {
        state = State.PASSING;
        send.send(message);
    }

    /** Frees the encoder if the app stopped midway through a compressed body. */
    void release() {
        if (stream != null) {
            stream.release();
            stream = null;
        }
    }

    private boolean worthCompressing(HttpResponseStart start) {
        int status = start.status();
        List<Header> headers = start.headers();
        return status >= 200
                && status != 204
                && status != 304
                && status != 206
                && HeaderLists.first(headers, "content-encoding").isEmpty()
                && HeaderLists.first(headers, "content-range").isEmpty()
                && !HeaderLists.first(headers, "cache-control")
                        .orElse("")
                        .toLowerCase(Locale.ROOT)
                        .contains("no-transform")
                && HeaderLists.first(headers, "content-type")
                        .map(settings.contentTypes()::matches)
                        .orElse(false);
    }

    /**
     * The headers of the compressed representation: its own encoding and (unknown yet) length, and
     * a weak ETag, because a strong one promises these exact bytes and they are no longer the app's.
     */
    private static List<Header> gzipHeaders(List<Header> headers) {
        List<Header> result = HeaderLists.withVary(HeaderLists.without(headers, "content-length"), "Accept-Encoding");
        result = HeaderLists.with(result, "content-encoding", "gzip");
        String etag = HeaderLists.first(headers, "etag").orElse(null);
        if (etag != null && !etag.startsWith("W/")) {
            result = HeaderLists.with(result, "etag", "W/" + etag);
        }
        return result;
    }

    /** The app's Content-Length, or -1 when it gave none (or one the server will refuse anyway). */
    private static long contentLength(List<Header> headers) {
        try {
            return HeaderLists.first(headers, "content-length")
                    .map(v -> Long.parseLong(v.strip()))
                    .orElse(-1L);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
