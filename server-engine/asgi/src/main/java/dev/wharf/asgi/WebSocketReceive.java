package dev.wharf.asgi;

/**
 * ASGI {@code websocket.receive} (server to app): one whole message from the client; exactly one
 * of the two fields is set.
 *
 * @param bytes ASGI {@code bytes}: a binary message, or {@code null}
 * @param text  ASGI {@code text}: a text message, or {@code null}
 */
public record WebSocketReceive(byte[] bytes, String text) implements WebSocketMessage {

    public static final String TYPE = "websocket.receive";

    @Override
    public String type() {
        return TYPE;
    }
}
