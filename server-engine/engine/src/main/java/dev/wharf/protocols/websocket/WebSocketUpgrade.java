package dev.wharf.protocols.websocket;

import dev.wharf.asgi.Address;
import dev.wharf.logging.SafeText;
import dev.wharf.protocols.ProtocolContext;
import dev.wharf.protocols.ServerConnection;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where an HTTP connection becomes a WebSocket, as Uvicorn's {@code handle_websocket_upgrade}: the
 * HTTP protocol asks {@link #isRequested} for every request and hands an upgrade request over to
 * {@link #takeOver}, which refuses it or puts a {@link WebSocketConnection} in the HTTP handler's
 * place. The HTTP protocol's own state (keep-alive, pipelining) is never touched from here.
 */
public final class WebSocketUpgrade {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");

    private WebSocketUpgrade() {}

    /** Whether {@code request} asks to become a WebSocket ({@code Upgrade: websocket}). */
    public static boolean isRequested(HttpRequest request) {
        return request.headers().containsValue(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true);
    }

    /**
     * Takes the connection over for the WebSocket protocol, on the event loop: a bad upgrade is
     * answered with a 4xx and the connection closed; a good one starts the app with the
     * {@code websocket} scope while the handshake waits for its answer.
     *
     * @param http     the HTTP handler's context; on success that handler is replaced
     * @param replaced the HTTP connection as the server state knows it
     * @return whether the connection now belongs to the WebSocket protocol
     */
    public static boolean takeOver(
            ChannelHandlerContext http,
            ServerConnection replaced,
            HttpRequest request,
            ProtocolContext protocol,
            Address client,
            Address server) {
        UpgradeChecks.Refusal refusal = UpgradeChecks.refusal(request, protocol.webSocket());
        if (refusal != null) {
            log.warn("Unsupported upgrade request from {}: {}", client, SafeText.escape(refusal.reason()));
            protocol.serverState().badRequest();
            http.writeAndFlush(refusal.response(protocol.defaultHeaders())).addListener(ChannelFutureListener.CLOSE);
            return false;
        }
        WebSocketConnection connection = new WebSocketConnection(protocol, request, client, server);
        http.pipeline().replace(http.name(), WebSocketConnection.NAME, connection);
        protocol.serverState().connectionReplaced(replaced, connection);
        connection.start();
        return true;
    }
}
