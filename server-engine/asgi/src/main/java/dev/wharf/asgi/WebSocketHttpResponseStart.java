package dev.wharf.asgi;

import java.util.List;

/**
 * ASGI {@code websocket.http.response.start} (app to server, denial-response extension): refuse
 * the WebSocket with an HTTP response of the app's choosing instead of a 403.
 *
 * @param status  ASGI {@code status}
 * @param headers ASGI {@code headers}
 */
public record WebSocketHttpResponseStart(int status, List<Header> headers) implements WebSocketMessage {

    public static final String TYPE = "websocket.http.response.start";

    public WebSocketHttpResponseStart {
        headers = headers == null ? List.of() : headers;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
