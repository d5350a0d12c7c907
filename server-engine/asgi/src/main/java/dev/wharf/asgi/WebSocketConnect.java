package dev.wharf.asgi;

/** ASGI {@code websocket.connect} (server to app): a client asks to open the WebSocket. */
public record WebSocketConnect() implements WebSocketMessage {

    public static final String TYPE = "websocket.connect";

    @Override
    public String type() {
        return TYPE;
    }
}
