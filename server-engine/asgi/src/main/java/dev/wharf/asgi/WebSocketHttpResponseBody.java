package dev.wharf.asgi;

/**
 * ASGI {@code websocket.http.response.body} (app to server, denial-response extension).
 *
 * @param body     ASGI {@code body}
 * @param moreBody ASGI {@code more_body}
 */
public record WebSocketHttpResponseBody(byte[] body, boolean moreBody) implements WebSocketMessage {

    public static final String TYPE = "websocket.http.response.body";

    public WebSocketHttpResponseBody {
        body = body == null ? new byte[0] : body;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
