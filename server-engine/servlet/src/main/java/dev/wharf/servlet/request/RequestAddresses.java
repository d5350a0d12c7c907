package dev.wharf.servlet.request;

import dev.wharf.asgi.Address;
import dev.wharf.asgi.HttpScope;

/**
 * Where a request came from and was sent to: the client and server of the ASGI scope (proxy headers already
 * applied), and the host and port the client asked for in {@code Host}, which the servlet API calls the
 * server name and port.
 */
final class RequestAddresses {

    private final HttpScope scope;
    private final String hostHeader;

    RequestAddresses(HttpScope scope, String hostHeader) {
        this.scope = scope;
        this.hostHeader = hostHeader == null || hostHeader.isBlank() ? null : hostHeader.strip();
    }

    boolean secure() {
        return "https".equals(scope.scheme()) || "wss".equals(scope.scheme());
    }

    String remoteAddr() {
        Address client = scope.client();
        return client == null ? "" : client.host();
    }

    int remotePort() {
        Address client = scope.client();
        return client == null || client.port() == null ? -1 : client.port();
    }

    String localName() {
        Address server = scope.server();
        return server == null ? "" : server.host();
    }

    int localPort() {
        Address server = scope.server();
        return server == null || server.port() == null ? -1 : server.port();
    }

    String serverName() {
        if (hostHeader == null) {
            return localName();
        }
        if (hostHeader.startsWith("[")) {
            int end = hostHeader.indexOf(']');
            return end > 0 ? hostHeader.substring(1, end) : hostHeader;
        }
        int colon = hostHeader.lastIndexOf(':');
        return colon >= 0 ? hostHeader.substring(0, colon) : hostHeader;
    }

    int serverPort() {
        if (hostHeader == null) {
            return localPort();
        }
        int colon = hostHeader.lastIndexOf(':');
        if (colon > hostHeader.lastIndexOf(']')) {
            try {
                return Integer.parseInt(hostHeader.substring(colon + 1));
            } catch (NumberFormatException e) {
                // not a port: the scheme's own then
            }
        }
        return secure() ? 443 : 80;
    }

    /** {@code scheme://host[:port]}, the port left out where it is the scheme's default. */
    StringBuffer origin() {
        String name = serverName();
        StringBuffer url = new StringBuffer(scope.scheme()).append("://");
        url.append(name.indexOf(':') >= 0 ? "[" + name + "]" : name);
        int port = serverPort();
        boolean defaultPort =
                port == 80 && "http".equals(scope.scheme()) || port == 443 && "https".equals(scope.scheme());
        if (port > 0 && !defaultPort) {
            url.append(':').append(port);
        }
        return url;
    }
}
