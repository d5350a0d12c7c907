package dev.wharf.asgi;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields that the ASGI {@code http} and {@code websocket} scopes share.
 */
public sealed interface ConnectionScope extends Scope permits HttpScope, WebSocketScope {

    /** ASGI {@code http_version}: {@code "1.0"} or {@code "1.1"}. */
    String httpVersion();

    /** ASGI {@code scheme}: {@code http}/{@code https}, or {@code ws}/{@code wss}. */
    String scheme();

    /** ASGI {@code path}: the percent-decoded path, including {@link #rootPath()}. */
    String path();

    /** ASGI {@code raw_path}: the path as it came on the wire (with the root path in front). */
    byte[] rawPath();

    /** ASGI {@code query_string}: the bytes after {@code ?}, not decoded. */
    byte[] queryString();

    /** ASGI {@code root_path}: where the application is mounted, from {@code --root-path}. */
    String rootPath();

    /** ASGI {@code headers}: name/value byte pairs in the order received, names lower-case. */
    List<Header> headers();

    /** ASGI {@code client}: the peer's host and port, or {@code null} where unknown (Unix sockets). */
    Address client();

    /** ASGI {@code server}: the listening host and port, or the socket path with no port. */
    Address server();

    /** ASGI {@code extensions}: the optional protocol extensions this server supports. */
    Map<String, Object> extensions();

    /** The query string as text (ISO-8859-1, as it came on the wire), empty when there is none. */
    default String queryStringText() {
        return new String(queryString(), StandardCharsets.ISO_8859_1);
    }

    /** The first header of that name (case-insensitive), as ISO-8859-1 text. */
    default Optional<String> header(String name) {
        for (Header header : headers()) {
            if (header.nameIs(name)) {
                return Optional.of(header.valueText());
            }
        }
        return Optional.empty();
    }
}
