package dev.wharf.asgi;

/**
 * ASGI {@code http.disconnect} (server to app): the client closed the connection, or the response
 * is complete and there is nothing more to receive.
 */
public record HttpDisconnect() implements HttpMessage {

    public static final String TYPE = "http.disconnect";

    @Override
    public String type() {
        return TYPE;
    }
}
