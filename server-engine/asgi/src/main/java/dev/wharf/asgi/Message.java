package dev.wharf.asgi;

/**
 * An ASGI event: what {@link Receive#receive()} returns and what {@link Send#send(Message)} takes.
 * One record type per ASGI message {@code type}, grouped by protocol.
 */
public sealed interface Message permits HttpMessage, WebSocketMessage, LifespanMessage {

    /** ASGI {@code type}, for example {@code "http.response.start"}. */
    String type();
}
