package dev.wharf.protocols.http;

import dev.wharf.protocols.ProtocolContext;
import dev.wharf.protocols.ServerConnection;
import io.netty.channel.ChannelHandlerContext;
import java.util.concurrent.TimeUnit;

/**
 * A connection before its protocol is chosen: in clear text until its first bytes say HTTP/1.1 or
 * HTTP/2, over TLS until the handshake and ALPN have. It is open, so a graceful shutdown must wait
 * for it: a connection accepted just before the listener closed most likely has its first request
 * on the way, and dropping it at the worker's exit reset a request the client had already sent (a
 * steady client saw that once across ten reloads). Told to shut down, it has {@link
 * HttpConnection#FIRST_REQUEST_GRACE_MILLIS} to choose; the connection it becomes then serves that
 * one request and closes. Touched on its channel's event loop, but for {@link #shutdown} and {@link
 * #abort}.
 */
final class PendingConnection implements ServerConnection {

    private final ProtocolContext protocol;
    private volatile ChannelHandlerContext ctx;
    private boolean pending;

    PendingConnection(ProtocolContext protocol) {
        this.protocol = protocol;
    }

    /** The channel is active and its protocol not chosen yet. */
    void opened(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        pending = true;
        protocol.serverState().connectionPending(this);
        if (protocol.serverState().draining()) {
            shutdown();
        }
    }

    /** Its protocol's connection has taken over, or the channel has closed. */
    void ended() {
        if (pending) {
            pending = false;
            protocol.serverState().connectionClosed(this);
        }
    }

    @Override
    public void shutdown() {
        ChannelHandlerContext context = ctx;
        if (context == null) {
            return;
        }
        context.executor()
                .schedule(
                        () -> {
                            if (pending) {
                                context.close();
                            }
                        },
                        HttpConnection.FIRST_REQUEST_GRACE_MILLIS,
                        TimeUnit.MILLISECONDS);
    }

    @Override
    public void abort() {
        ChannelHandlerContext context = ctx;
        if (context != null) {
            context.channel().close();
        }
    }
}
