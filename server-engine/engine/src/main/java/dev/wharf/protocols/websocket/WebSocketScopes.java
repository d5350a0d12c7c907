package dev.wharf.protocols.websocket;

import dev.wharf.asgi.Address;
import dev.wharf.asgi.AsgiVersion;
import dev.wharf.asgi.Header;
import dev.wharf.asgi.WebSocketScope;
import dev.wharf.middleware.proxyheaders.ProxyHeaders;
import dev.wharf.protocols.HttpScopes;
import dev.wharf.protocols.RequestTarget;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the ASGI {@code websocket} scope from the upgrade request, on the connection's app thread.
 * Path, query and headers are read exactly as for an {@code http} scope.
 */
final class WebSocketScopes {

    /** ASGI extensions this server supports on WebSocket scopes: the denial response. */
    private static final Map<String, Object> EXTENSIONS = Map.of("websocket.http.response", Map.of());

    private WebSocketScopes() {}

    static WebSocketScope of(
            HttpRequest request,
            Address client,
            Address server,
            String rootPath,
            Map<String, Object> lifespanState,
            ProxyHeaders proxyHeaders,
            boolean secure) {
        RequestTarget target = RequestTarget.parse(request.uri());
        List<Header> headers = HttpScopes.headers(request);
        ProxyHeaders.Forwarded forwarded = proxyHeaders.resolve(client, headers, true);
        return new WebSocketScope(
                AsgiVersion.HTTP,
                "1.1",
                forwarded.scheme() != null ? forwarded.scheme() : secure ? "wss" : "ws",
                rootPath + target.path(),
                (rootPath + target.rawPath()).getBytes(StandardCharsets.ISO_8859_1),
                target.queryString(),
                rootPath,
                headers,
                forwarded.client() != null ? forwarded.client() : client,
                server,
                subprotocols(request),
                new HashMap<>(lifespanState),
                EXTENSIONS);
    }

    /** ASGI {@code subprotocols}: every {@code Sec-WebSocket-Protocol} token, in the client's order. */
    static List<String> subprotocols(HttpRequest request) {
        List<String> offered = new ArrayList<>();
        for (String header : request.headers().getAll(HttpHeaderNames.SEC_WEBSOCKET_PROTOCOL)) {
            for (String token : header.split(",")) {
                if (!token.isBlank()) {
                    offered.add(token.strip());
                }
            }
        }
        return List.copyOf(offered);
    }
}
