package dev.wharf.asgi;

/**
 * ASGI {@code websocket.disconnect} (server to app): the connection is closed.
 *
 * @param code   ASGI {@code code}: the close code the peer sent (1005 when it sent none, 1006 when
 *               the connection dropped without a close frame)
 * @param reason ASGI {@code reason}: the peer's close reason, possibly empty
 */
public record WebSocketDisconnect(int code, String reason) implements WebSocketMessage {

    public static final String TYPE = "websocket.disconnect";

    @Override
    public String type() {
        return TYPE;
    }
}
