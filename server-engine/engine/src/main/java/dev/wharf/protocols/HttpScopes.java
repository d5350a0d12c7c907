package dev.wharf.protocols;

import dev.wharf.asgi.Address;
import dev.wharf.asgi.AsgiVersion;
import dev.wharf.asgi.Header;
import dev.wharf.asgi.HttpScope;
import dev.wharf.middleware.proxyheaders.ProxyHeaders;
import io.netty.channel.unix.DomainSocketAddress;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.util.AsciiString;
import io.netty.util.NetUtil;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Builds the ASGI {@code http} scope from a decoded request. Runs on the request's own virtual
 * thread, so the event loop only hands the request over.
 */
public final class HttpScopes {

    private HttpScopes() {}

    public static HttpScope of(
            HttpRequest request,
            Address client,
            Address server,
            String rootPath,
            Map<String, Object> lifespanState,
            ProxyHeaders proxyHeaders,
            boolean secure,
            String httpVersion) {
        RequestTarget target = RequestTarget.parse(request.uri());
        List<Header> headers = headers(request);
        ProxyHeaders.Forwarded forwarded = proxyHeaders.resolve(client, headers, false);
        String path = rootPath + target.path();
        byte[] rawPath = (rootPath + target.rawPath()).getBytes(StandardCharsets.ISO_8859_1);
        return new HttpScope(
                AsgiVersion.HTTP,
                httpVersion,
                request.method().name(),
                forwarded.scheme() != null ? forwarded.scheme() : secure ? "https" : "http",
                path,
                rawPath,
                target.queryString(),
                rootPath,
                headers,
                forwarded.client() != null ? forwarded.client() : client,
                server,
                new HashMap<>(lifespanState),
                Map.of());
    }

    public static String httpVersion(HttpRequest request) {
        // Only 1.0 and 1.1 get this far (RequestChecks); no need to build the string per request.
        return request.protocolVersion().minorVersion() == 0 ? "1.0" : "1.1";
    }

    /** ASGI {@code headers} of a request: lower-case names, in the order received. */
    public static List<Header> headers(HttpRequest request) {
        List<Header> headers = new ArrayList<>(request.headers().size());
        Iterator<Map.Entry<CharSequence, CharSequence>> entries =
                request.headers().iteratorCharSequence();
        while (entries.hasNext()) {
            Map.Entry<CharSequence, CharSequence> entry = entries.next();
            headers.add(new Header(lowerCaseBytes(entry.getKey()), bytes(entry.getValue())));
        }
        return headers;
    }

    public static Address address(SocketAddress address) {
        if (address instanceof InetSocketAddress inet) {
            String host = inet.getAddress() != null ? NetUtil.toAddressString(inet.getAddress()) : inet.getHostString();
            return new Address(host, inet.getPort());
        }
        if (address instanceof DomainSocketAddress unix) {
            return new Address(unix.path(), null);
        }
        return null;
    }

    private static byte[] lowerCaseBytes(CharSequence name) {
        byte[] bytes = bytes(name);
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b >= 'A' && b <= 'Z') {
                bytes[i] = (byte) (b + ('a' - 'A'));
            }
        }
        return bytes;
    }

    private static byte[] bytes(CharSequence text) {
        if (text instanceof AsciiString ascii) {
            return ascii.toByteArray();
        }
        return text.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
