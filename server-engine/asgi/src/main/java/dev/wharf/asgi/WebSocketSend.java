package dev.wharf.asgi;

/**
 * ASGI {@code websocket.send} (app to server): one message to the client; exactly one of the two
 * fields is set.
 *
 * @param bytes ASGI {@code bytes}: a binary message, or {@code null}
 * @param text  ASGI {@code text}: a text message, or {@code null}
 */
public record WebSocketSend(byte[] bytes, String text) implements WebSocketMessage {

    public static final String TYPE = "websocket.send";

    public static WebSocketSend text(String text) {
        return new WebSocketSend(null, text);
    }

    public static WebSocketSend bytes(byte[] bytes) {
        return new WebSocketSend(bytes, null);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
