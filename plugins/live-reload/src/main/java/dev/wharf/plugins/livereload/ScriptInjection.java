package dev.wharf.plugins.livereload;

import dev.wharf.asgi.Header;
import dev.wharf.asgi.HttpResponseBody;
import dev.wharf.asgi.HttpResponseStart;
import dev.wharf.asgi.Message;
import dev.wharf.asgi.Send;
import dev.wharf.asgi.plugin.HeaderLists;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The {@code send} one response goes through: for a page ({@link HtmlPages#injectable}) it puts the
 * script in and sends the rest as it is. The script's length is known from the start, wherever it
 * goes, so a {@code Content-Length} the app gave grows by it and the start is never held back.
 *
 * <p>A whole body gets the script before its last {@code </body>}. A streamed one is not held back:
 * each piece goes on at once but for its last few bytes (which may begin a {@code </body>} that the
 * next piece completes), the script goes before the first {@code </body>} seen, or at the end. A
 * {@code HEAD} response gets the length a {@code GET} would have. Used by the app's thread only.
 */
final class ScriptInjection implements Send {

    private enum State {
        AWAITING_START,
        INJECTING,
        PASSING
    }

    private final Send send;
    private final boolean head;
    private final Supplier<byte[]> scripts;
    private State state = State.AWAITING_START;
    private byte[] script;
    /** The end of the pieces sent so far, held back in case it begins {@code </body}. */
    private byte[] held = new byte[0];

    /**
     * @param scripts makes the script for this response, asked once when the response is a page:
     *                it names the code version at the moment the page was served
     */
    ScriptInjection(Send send, boolean head, Supplier<byte[]> scripts) {
        this.send = send;
        this.head = head;
        this.scripts = scripts;
    }

    @Override
    public void send(Message message) throws IOException, InterruptedException {
        switch (state) {
            case AWAITING_START -> {
                if (message instanceof HttpResponseStart start && HtmlPages.injectable(start)) {
                    script = scripts.get();
                    state = head ? State.PASSING : State.INJECTING;
                    send.send(new HttpResponseStart(start.status(), grown(start.headers(), script.length)));
                } else {
                    // Not a page, or out of order (which the server reports): this response is left alone.
                    state = message instanceof HttpResponseStart ? State.PASSING : State.AWAITING_START;
                    send.send(message);
                }
            }
            case INJECTING -> {
                if (message instanceof HttpResponseBody body) {
                    inject(body);
                } else {
                    send.send(message);
                }
            }
            case PASSING -> send.send(message);
        }
    }

    private void inject(HttpResponseBody body) throws IOException, InterruptedException {
        byte[] piece = concat(held, body.body());
        held = new byte[0];
        if (!body.moreBody()) {
            int at = HtmlPages.lastBodyEnd(piece);
            state = State.PASSING;
            send.send(new HttpResponseBody(HtmlPages.insert(piece, at < 0 ? piece.length : at, script), false));
            return;
        }
        int at = HtmlPages.firstBodyEnd(piece);
        if (at >= 0) {
            state = State.PASSING;
            send.send(new HttpResponseBody(HtmlPages.insert(piece, at, script), true));
            return;
        }
        int keep = Math.min(piece.length, HtmlPages.keepBack());
        held = Arrays.copyOfRange(piece, piece.length - keep, piece.length);
        if (piece.length > keep) {
            send.send(new HttpResponseBody(Arrays.copyOf(piece, piece.length - keep), true));
        }
    }

    /**
     * The page's headers with the script counted in its length; a strong {@code ETag} made weak, as
     * it promised the app's exact bytes.
     */
    private static List<Header> grown(List<Header> headers, int added) {
        List<Header> result = headers;
        String length = HeaderLists.first(headers, "content-length").orElse(null);
        if (length != null) {
            try {
                result = HeaderLists.with(
                        result, "content-length", Long.toString(Long.parseLong(length.strip()) + added));
            } catch (NumberFormatException e) {
                // a length the server refuses anyway: leave it for the server to report
            }
        }
        String etag = HeaderLists.first(headers, "etag").orElse(null);
        if (etag != null && !etag.startsWith("W/")) {
            result = HeaderLists.with(result, "etag", "W/" + etag);
        }
        return result;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) {
            return b;
        }
        byte[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }
}
