package dev.wharf.asgi;

/**
 * ASGI {@code websocket.close} (app to server): close the connection, or refuse it with HTTP 403
 * when sent before {@link WebSocketAccept}.
 *
 * @param code   ASGI {@code code}, 1000 by default
 * @param reason ASGI {@code reason}, possibly empty
 */
public record WebSocketClose(int code, String reason) implements WebSocketMessage {

    public static final String TYPE = "websocket.close";

    public WebSocketClose {
        reason = reason == null ? "" : reason;
    }

    public WebSocketClose() {
        this(1000, "");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
