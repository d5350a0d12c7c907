package dev.wharf.asgi;

import java.util.List;
import java.util.Map;

/**
 * ASGI {@code http} connection scope: one per HTTP request.
 *
 * <p>Byte arrays are handed over as they are, not copied: treat them as read-only.
 *
 * @param asgi         ASGI {@code asgi}
 * @param httpVersion  ASGI {@code http_version}
 * @param method       ASGI {@code method}, upper-case
 * @param scheme       ASGI {@code scheme}
 * @param path         ASGI {@code path}
 * @param rawPath      ASGI {@code raw_path}
 * @param queryString  ASGI {@code query_string}
 * @param rootPath     ASGI {@code root_path}
 * @param headers      ASGI {@code headers}
 * @param client       ASGI {@code client}, may be {@code null}
 * @param server       ASGI {@code server}, may be {@code null}
 * @param state        ASGI {@code state}
 * @param extensions   ASGI {@code extensions}
 */
public record HttpScope(
        AsgiVersion asgi,
        String httpVersion,
        String method,
        String scheme,
        String path,
        byte[] rawPath,
        byte[] queryString,
        String rootPath,
        List<Header> headers,
        Address client,
        Address server,
        Map<String, Object> state,
        Map<String, Object> extensions)
        implements ConnectionScope {

    /** ASGI {@code type} of this scope. */
    public static final String TYPE = "http";

    @Override
    public String type() {
        return TYPE;
    }
}
