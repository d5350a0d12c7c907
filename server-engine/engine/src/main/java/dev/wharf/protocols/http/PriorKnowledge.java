package dev.wharf.protocols.http;

import dev.wharf.protocols.ProtocolContext;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.http2.Http2CodecUtil;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Clear text: a connection whose first bytes are HTTP/2's connection preface speaks HTTP/2 (prior
 * knowledge, as curl --http2-prior-knowledge and h2load do); any other speaks HTTP/1.1. Decided at
 * the first byte that differs from the preface, so HTTP/1.1 waits for nothing; the bytes read so
 * far go on to the protocol chosen. A connection that sends nothing is closed after the keep-alive
 * timeout, as an idle HTTP/1.1 connection is.
 */
final class PriorKnowledge extends ByteToMessageDecoder {

    private static final ByteBuf PREFACE = Http2CodecUtil.connectionPrefaceBuf();

    private final ProtocolContext protocol;
    private ScheduledFuture<?> idle;

    PriorKnowledge(ProtocolContext protocol) {
        this.protocol = protocol;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        idle = ctx.executor()
                .schedule(() -> ctx.close(), protocol.live().keepAliveTimeoutNanos(), TimeUnit.NANOSECONDS);
        super.channelActive(ctx);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        int length = Math.min(in.readableBytes(), PREFACE.readableBytes());
        for (int i = 0; i < length; i++) {
            if (in.getByte(in.readerIndex() + i) != PREFACE.getByte(i)) {
                choose(ctx, false);
                return;
            }
        }
        if (length == PREFACE.readableBytes()) {
            choose(ctx, true);
        }
    }

    private void choose(ChannelHandlerContext ctx, boolean http2) {
        if (idle != null) {
            idle.cancel(false);
        }
        if (http2) {
            Http2Pipeline.install(ctx.pipeline(), protocol);
        } else {
            Http1Pipeline.install(ctx.pipeline(), protocol);
        }
        PendingConnection.chosen(ctx.pipeline());
        // Removing a decoder hands the bytes it holds to the handlers after it.
        ctx.pipeline().remove(this);
    }

    @Override
    public void handlerRemoved0(ChannelHandlerContext ctx) {
        if (idle != null) {
            idle.cancel(false);
        }
    }
}
