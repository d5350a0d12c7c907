package dev.wharf.servlet.request;

import jakarta.servlet.ServletConnection;

/**
 * The connection a request came on, as far as the ASGI scope tells it: the engine owns connections, so the
 * client address stands for its id.
 */
record AsgiServletConnection(String connectionId, String protocol, boolean secure) implements ServletConnection {

    @Override
    public String getConnectionId() {
        return connectionId;
    }

    @Override
    public String getProtocol() {
        return protocol;
    }

    @Override
    public String getProtocolConnectionId() {
        return "";
    }

    @Override
    public boolean isSecure() {
        return secure;
    }
}
