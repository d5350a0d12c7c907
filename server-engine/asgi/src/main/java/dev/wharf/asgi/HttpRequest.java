package dev.wharf.asgi;

/**
 * ASGI {@code http.request} (server to app): a piece of the request body.
 *
 * @param body     ASGI {@code body}: the bytes received since the last {@code http.request}
 * @param moreBody ASGI {@code more_body}: {@code true} while more of the body is to come
 */
public record HttpRequest(byte[] body, boolean moreBody) implements HttpMessage {

    public static final String TYPE = "http.request";

    public HttpRequest {
        body = body == null ? new byte[0] : body;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
