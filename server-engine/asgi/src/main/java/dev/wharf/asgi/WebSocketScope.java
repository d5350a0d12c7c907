package dev.wharf.asgi;

import java.util.List;
import java.util.Map;

/**
 * ASGI {@code websocket} connection scope: one per WebSocket connection, created from the HTTP
 * upgrade request.
 *
 * @param asgi          ASGI {@code asgi}
 * @param httpVersion   ASGI {@code http_version}
 * @param scheme        ASGI {@code scheme}: {@code ws} or {@code wss}
 * @param path          ASGI {@code path}
 * @param rawPath       ASGI {@code raw_path}
 * @param queryString   ASGI {@code query_string}
 * @param rootPath      ASGI {@code root_path}
 * @param headers       ASGI {@code headers}
 * @param client        ASGI {@code client}, may be {@code null}
 * @param server        ASGI {@code server}, may be {@code null}
 * @param subprotocols  ASGI {@code subprotocols}: what the client offered, in its order
 * @param state         ASGI {@code state}
 * @param extensions    ASGI {@code extensions}
 */
public record WebSocketScope(
        AsgiVersion asgi,
        String httpVersion,
        String scheme,
        String path,
        byte[] rawPath,
        byte[] queryString,
        String rootPath,
        List<Header> headers,
        Address client,
        Address server,
        List<String> subprotocols,
        Map<String, Object> state,
        Map<String, Object> extensions)
        implements ConnectionScope {

    /** ASGI {@code type} of this scope. */
    public static final String TYPE = "websocket";

    @Override
    public String type() {
        return TYPE;
    }
}
