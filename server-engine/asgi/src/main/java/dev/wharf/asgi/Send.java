package dev.wharf.asgi;

import java.io.IOException;

/**
 * ASGI's {@code send} awaitable: hands one event to the server. Blocks the calling (virtual)
 * thread while the connection cannot take more data, so a fast producer never makes the server
 * buffer without bound.
 */
@FunctionalInterface
public interface Send {

    /**
     * Sends one event.
     *
     * @throws ClientDisconnected    if the peer has gone away (ASGI asks for an {@code OSError} subclass)
     * @throws IllegalStateException if the event is not allowed at this point of the protocol
     *                               (for example a body before {@code http.response.start})
     */
    void send(Message message) throws IOException, InterruptedException;
}
