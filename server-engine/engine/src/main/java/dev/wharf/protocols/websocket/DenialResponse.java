package dev.wharf.protocols.websocket;

import dev.wharf.asgi.HttpResponseStart;
import dev.wharf.asgi.WebSocketHttpResponseBody;
import dev.wharf.asgi.WebSocketHttpResponseStart;
import dev.wharf.protocols.DefaultHeaders;
import dev.wharf.protocols.ResponseHead;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpVersion;
import java.io.ByteArrayOutputStream;

/**
 * The ASGI denial-response extension: an app refuses a WebSocket with an HTTP response of its own
 * ({@code websocket.http.response.start}, then {@code .body} parts) instead of a bare 403. The parts
 * are gathered on the app's thread and sent as one response that closes the connection; the head is
 * checked exactly as an {@code http.response.start} is.
 */
final class DenialResponse {

    private final ResponseHead head;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    private DenialResponse(ResponseHead head) {
        this.head = head;
    }

    static DenialResponse start(WebSocketHttpResponseStart start) {
        if (start.status() < 200 || start.status() > 599) {
            throw new IllegalStateException("Invalid status code " + start.status()
                    + " in 'websocket.http.response.start'; a denial response needs 200 to 599.");
        }
        return new DenialResponse(ResponseHead.of(new HttpResponseStart(start.status(), start.headers())));
    }

    void add(WebSocketHttpResponseBody part) {
        body.writeBytes(part.body());
    }

    int status() {
        return head.status.code();
    }

    FullHttpResponse toResponse(DefaultHeaders defaults) {
        byte[] bytes = body.toByteArray();
        HttpHeaders headers = head.headers;
        // The whole body is known, so its length is what frames it; a length the app set is replaced.
        headers.remove(HttpHeaderNames.TRANSFER_ENCODING);
        headers.set(HttpHeaderNames.CONTENT_LENGTH, bytes.length);
        headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        defaults.addTo(headers);
        return new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1,
                head.status,
                bytes.length == 0 ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(bytes),
                headers,
                HttpHeaders.EMPTY_HEADERS);
    }
}
