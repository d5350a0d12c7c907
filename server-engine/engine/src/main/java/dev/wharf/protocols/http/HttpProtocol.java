package dev.wharf.protocols.http;

import dev.wharf.asgi.App;
import dev.wharf.protocols.websocket.WebSocketSettings;
import dev.wharf.server.ServerState;
import java.util.Map;

/**
 * What every HTTP connection of a worker shares: the app, the lifespan state to copy into each
 * scope, the counters, and the HTTP and WebSocket settings of Uvicorn's {@code Config} that these protocols read.
 *
 * @param app                     the ASGI application
 * @param lifespanState           the worker's lifespan {@code state}
 * @param serverState             the worker's connection and request counters
 * @param rootPath                ASGI {@code root_path}
 * @param accessLog               whether one line is logged per request
 * @param defaultHeaders          headers added to every response
 * @param keepAliveTimeoutNanos   how long an idle keep-alive connection stays open
 * @param maxIncompleteEventSize  the largest request line and header section accepted, in bytes
 * @param webSocket               the WebSocket settings, read when a request asks for an upgrade
 */
public record HttpProtocol(
        App app,
        Map<String, Object> lifespanState,
        ServerState serverState,
        String rootPath,
        boolean accessLog,
        DefaultHeaders defaultHeaders,
        long keepAliveTimeoutNanos,
        int maxIncompleteEventSize,
        WebSocketSettings webSocket) {
}
