package dev.wharf.asgi;

import java.util.List;

/**
 * ASGI {@code websocket.accept} (app to server): accept the connection; only now is the 101 sent.
 *
 * @param subprotocol ASGI {@code subprotocol}: the one chosen from the client's offer, or {@code null}
 * @param headers     ASGI {@code headers}: extra headers for the 101 response
 */
public record WebSocketAccept(String subprotocol, List<Header> headers) implements WebSocketMessage {

    public static final String TYPE = "websocket.accept";

    public WebSocketAccept {
        headers = headers == null ? List.of() : headers;
    }

    public WebSocketAccept() {
        this(null, List.of());
    }

    @Override
    public String type() {
        return TYPE;
    }
}
