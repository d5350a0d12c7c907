package dev.wharf.protocols.http;

import dev.wharf.protocols.DefaultHeaders;
import dev.wharf.protocols.ResponseHead;
import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpVersion;

/**
 * How one response is framed on the wire (RFC 9112 6): by Content-Length when the app gave the
 * whole body at once or said its length, by chunks when it streams, by the connection's end for an
 * HTTP/1.0 client, which knows no chunks; and whether the connection outlives the response.
 *
 * <p>Used by the app's thread of one {@link RequestResponseCycle}, once per response.
 */
final class ResponseFraming {

    /** The response's head as Netty writes it, and whether the connection is kept alive after it. */
    record Framed(HttpResponse response, boolean keepAlive) {}

    private final ResponseHead head;
    private final HttpRequest request;
    private final DefaultHeaders defaults;
    private final boolean bodyAllowed;
    private long bodyBytesSent;

    /** @param bodyAllowed whether a body goes out at all (not for HEAD, 1xx, 204, 304) */
    ResponseFraming(ResponseHead head, HttpRequest request, DefaultHeaders defaults, boolean bodyAllowed) {
        this.head = head;
        this.request = request;
        this.defaults = defaults;
        this.bodyAllowed = bodyAllowed;
    }

    /** Counts what the app sends against its Content-Length, refusing more or (at the end) less. */
    void countBody(int length, boolean more) {
        if (!bodyAllowed || head.contentLength < 0) {
            return;
        }
        bodyBytesSent += length;
        if (bodyBytesSent > head.contentLength) {
            throw new IllegalStateException(
                    "Response content longer than Content-Length (" + head.contentLength + " bytes).");
        }
        if (!more && bodyBytesSent < head.contentLength) {
            throw new IllegalStateException("Response content shorter than Content-Length (" + bodyBytesSent + " of "
                    + head.contentLength + " bytes).");
        }
    }

    /**
     * The whole response in one message: one write and one flush for a small response.
     *
     * @param appBodyLength the body as the app gave it (a HEAD response carries the length a GET body would have)
     * @param keepAlive     whether the connection may be kept alive, as far as the request goes
     */
    Framed whole(ByteBuf content, int appBodyLength, boolean keepAlive) {
        HttpHeaders headers = head.headers;
        boolean chunked = head.transferEncoding;
        if (chunked && isHttp10()) {
            // An HTTP/1.0 client knows no chunked framing; the whole body is here, so its length is known.
            headers.remove(HttpHeaderNames.TRANSFER_ENCODING);
            chunked = false;
        }
        if (head.contentLength < 0 && !chunked && head.statusAllowsBody() && (bodyAllowed || appBodyLength > 0)) {
            headers.set(HttpHeaderNames.CONTENT_LENGTH, appBodyLength);
        }
        boolean kept = finish(headers, keepAlive);
        return new Framed(
                new DefaultFullHttpResponse(
                        HttpVersion.HTTP_1_1, head.status, content, headers, HttpHeaders.EMPTY_HEADERS),
                kept);
    }

    /** The head of a response whose body follows in parts. */
    Framed streamedHead(boolean keepAlive) {
        HttpHeaders headers = head.headers;
        boolean kept = keepAlive;
        if (head.transferEncoding && isHttp10()) {
            // An HTTP/1.0 client knows no chunked framing: the body ends when the connection does.
            headers.remove(HttpHeaderNames.TRANSFER_ENCODING);
            kept = false;
        } else if (bodyAllowed && head.contentLength < 0 && !head.transferEncoding) {
            if (isHttp10()) {
                kept = false; // the body ends when the connection does
            } else {
                headers.set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED);
            }
        }
        kept = finish(headers, kept);
        return new Framed(new DefaultHttpResponse(HttpVersion.HTTP_1_1, head.status, headers), kept);
    }

    private boolean finish(HttpHeaders headers, boolean keepAlive) {
        defaults.addTo(headers);
        if (!keepAlive && !head.connectionClose) {
            headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        } else if (keepAlive && isHttp10()) {
            headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        }
        return keepAlive;
    }

    private boolean isHttp10() {
        return request.protocolVersion().equals(HttpVersion.HTTP_1_0);
    }
}
