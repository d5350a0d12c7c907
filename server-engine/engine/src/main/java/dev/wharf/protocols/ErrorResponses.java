package dev.wharf.protocols;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AsciiString;
import java.nio.charset.StandardCharsets;

/** The plain-text responses the server itself sends: 400, 414, 431 for bad requests, 500 for a failed app. */
public final class ErrorResponses {

    private static final AsciiString TEXT_PLAIN = AsciiString.cached("text/plain; charset=utf-8");

    private ErrorResponses() {}

    /** A complete response that closes the connection: after an error the stream cannot be trusted. */
    public static FullHttpResponse closing(HttpResponseStatus status, String body, DefaultHeaders defaults) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response =
                new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(bytes));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, TEXT_PLAIN)
                .set(HttpHeaderNames.CONTENT_LENGTH, bytes.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        defaults.addTo(response.headers());
        return response;
    }

    public static FullHttpResponse internalServerError(DefaultHeaders defaults) {
        return closing(HttpResponseStatus.INTERNAL_SERVER_ERROR, "Internal Server Error", defaults);
    }
}
