package dev.wharf.protocols;

import dev.wharf.asgi.App;
import dev.wharf.config.WebSocketSettings;
import io.netty.handler.ssl.SslContext;
import java.util.Map;

/**
 * What every HTTP connection of a worker shares: the app, the lifespan state to copy into each
 * scope, the counters, the HTTP and WebSocket settings of Uvicorn's {@code Config} that these
 * protocols read, and the settings that can change while it runs.
 *
 * @param app                     the ASGI application
 * @param lifespanState           the worker's lifespan {@code state}
 * @param serverState             the worker's connection and request counters
 * @param rootPath                ASGI {@code root_path}
 * @param defaultHeaders          headers added to every response
 * @param maxIncompleteEventSize  the largest request line and header section accepted, in bytes
 * @param webSocket               the WebSocket settings, read when a request asks for an upgrade
 * @param live                    keep-alive timeout, concurrency limit, proxy trust and access log, changeable at run time
 * @param tls                     the TLS context every connection starts with, or {@code null} for plain HTTP
 * @param http2                   whether HTTP/2 is served besides HTTP/1.1 (ALPN h2, or prior knowledge in clear text)
 */
public record ProtocolContext(
        App app,
        Map<String, Object> lifespanState,
        ServerState serverState,
        String rootPath,
        DefaultHeaders defaultHeaders,
        int maxIncompleteEventSize,
        WebSocketSettings webSocket,
        LiveSettings live,
        SslContext tls,
        boolean http2) {

    /** Whether connections speak TLS: scopes then say {@code https} and {@code wss}. */
    public boolean secure() {
        return tls != null;
    }

    /** Whether the worker is at its concurrency limit, counting the connection asking as one. */
    public boolean atConcurrencyLimit() {
        int limit = live.concurrencyLimit();
        return limit != LiveSettings.UNLIMITED
                && (serverState.activeConnections() > limit || serverState.unansweredRequests() >= limit);
    }
}
