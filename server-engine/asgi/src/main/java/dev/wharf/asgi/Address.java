package dev.wharf.asgi;

/**
 * ASGI {@code client} / {@code server} value: {@code [host, port]}, or {@code [path, None]} for a
 * Unix domain socket.
 *
 * @param host an IP address in text form, or the socket path
 * @param port the port, or {@code null} for a Unix domain socket
 */
public record Address(String host, Integer port) {

    @Override
    public String toString() {
        return port == null ? host : host + ":" + port;
    }
}
