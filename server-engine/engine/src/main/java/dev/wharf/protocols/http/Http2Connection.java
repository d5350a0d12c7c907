package dev.wharf.protocols.http;

import dev.wharf.protocols.ProtocolContext;
import dev.wharf.protocols.ServerConnection;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http2.Http2Exception;
import io.netty.handler.codec.http2.Http2FrameCodec;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An HTTP/2 connection as the worker sees it: counted as a connection (and as an HTTP/2 one), closed after the keep-alive
 * timeout with no stream open, and on graceful shutdown told GOAWAY (by closing through the codec,
 * which sends it and waits for the streams in flight before it closes).
 */
final class Http2Connection extends ChannelInboundHandlerAdapter implements ServerConnection {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");

    private final ProtocolContext protocol;
    private final Http2FrameCodec codec;
    private ChannelHandlerContext ctx;
    private ScheduledFuture<?> idleCheck;

    Http2Connection(ProtocolContext protocol, Http2FrameCodec codec) {
        this.protocol = protocol;
        this.codec = codec;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        protocol.serverState().connectionOpened(this);
        protocol.serverState().http2ConnectionOpened();
        armIdleCheck();
        if (protocol.serverState().draining()) {
            shutdown();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        protocol.serverState().connectionClosed(this);
        protocol.serverState().http2ConnectionClosed();
        if (idleCheck != null) {
            idleCheck.cancel(false);
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        log.debug("HTTP/2 connection error on {}: {}", ctx.channel(), cause.toString());
        if (!(cause instanceof Http2Exception)) {
            ctx.close();
        }
        // A protocol error the codec has answered itself, with RST_STREAM or with GOAWAY and a close: closing
        // here too would send a GOAWAY of its own (NO_ERROR) before the one that says what was wrong.
    }

    /** Keep-alive: every timeout's length, a connection with no stream open (and none since the last look) closes. */
    private void armIdleCheck() {
        long[] streamsSeen = {codec.connection().remote().lastStreamCreated()};
        idleCheck = ctx.executor()
                .scheduleAtFixedRate(
                        () -> {
                            int last = codec.connection().remote().lastStreamCreated();
                            if (codec.connection().numActiveStreams() == 0 && last == streamsSeen[0]) {
                                ctx.close();
                            }
                            streamsSeen[0] = last;
                        },
                        protocol.live().keepAliveTimeoutNanos(),
                        protocol.live().keepAliveTimeoutNanos(),
                        TimeUnit.NANOSECONDS);
    }

    @Override
    public void shutdown() {
        // The codec turns a close into GOAWAY, then closes once the open streams have finished.
        ctx.executor().execute(() -> ctx.channel().close());
    }

    @Override
    public void abort() {
        ctx.executor().execute(() -> ctx.channel().unsafe().closeForcibly());
    }
}
