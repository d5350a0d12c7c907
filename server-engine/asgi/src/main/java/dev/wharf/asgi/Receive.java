package dev.wharf.asgi;

/**
 * ASGI's {@code receive} awaitable: blocks the calling (virtual) thread until the server has the
 * next event for this scope.
 */
@FunctionalInterface
public interface Receive {

    /**
     * Returns the next event: an {@link HttpRequest} or {@link HttpDisconnect} for HTTP, a
     * {@link WebSocketMessage} event for WebSocket, a {@link LifespanStartup} or
     * {@link LifespanShutdown} for lifespan.
     */
    Message receive() throws InterruptedException;
}
