package dev.wharf.protocols.http;

import dev.wharf.protocols.ProtocolContext;
import dev.wharf.protocols.ServerConnection;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import java.util.concurrent.TimeUnit;

/**
 * A connection before its protocol is chosen: in clear text until its first bytes say HTTP/1.1 or
 * HTTP/2 ({@link PriorKnowledge}), over TLS until the handshake and ALPN have ({@link
 * AlpnNegotiation}). It is open, so a graceful shutdown must wait for it: a connection accepted just
 * before the listener closed most likely has its first request on the way, and dropping it at the
 * worker's exit reset a request the client had already sent (a steady client saw that once across
 * ten reloads). Told to shut down, it has {@link HttpConnection#FIRST_REQUEST_GRACE_MILLIS} to choose;
 * the connection it becomes then serves that one request and closes. A handler at the head of the
 * pipeline until the protocol is chosen; {@link #shutdown} and {@link #abort} come from any thread.
 */
final class PendingConnection extends ChannelInboundHandlerAdapter implements ServerConnection {

    private final ProtocolContext protocol;
    private volatile ChannelHandlerContext ctx;
    private boolean pending;

    PendingConnection(ProtocolContext protocol) {
        this.protocol = protocol;
    }

    /**
     * The protocol is chosen and its connection installed, which counts from here: before the bytes
     * held so far reach it, so its first request does not find itself counted twice against
     * --limit-concurrency.
     */
    static void chosen(ChannelPipeline pipeline) {
        PendingConnection pending = pipeline.get(PendingConnection.class);
        if (pending != null) {
            pending.ended();
            pipeline.remove(pending);
        }
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        this.ctx = ctx;
        pending = true;
        protocol.serverState().connectionPending(this);
        if (protocol.serverState().draining()) {
            shutdown();
        }
        super.channelActive(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        ended();
        super.channelInactive(ctx);
    }

    private void ended() {
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
