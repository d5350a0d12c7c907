package dev.wharf.asgi;

/**
 * An ASGI 3 application: the single callable {@code app(scope, receive, send)}.
 *
 * <p>Wharf calls it once per HTTP request, once per WebSocket connection and once for the
 * lifespan of the worker, each time on its own virtual thread. {@link Receive#receive()} and
 * {@link Send#send(Message)} block that thread the way {@code await} suspends a coroutine, so the
 * application reads as straight-line code and never sees the event loop.
 *
 * <p>An application that does not support a scope type may simply return; for the lifespan scope
 * that is how an application says it does not take part in lifespan (in {@code --lifespan auto}).
 */
@FunctionalInterface
public interface App {

    /**
     * Handles one connection scope.
     *
     * @param scope   what this call is about: an {@link HttpScope}, {@link WebSocketScope} or {@link LifespanScope}
     * @param receive pulls the next event from the server
     * @param send    hands an event to the server
     * @throws Exception anything the application raises; the server turns it into a 500, a closed
     *                   connection or a failed lifespan, as the ASGI spec asks
     */
    void call(Scope scope, Receive receive, Send send) throws Exception;
}
