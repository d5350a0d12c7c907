package dev.wharf.protocols;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufHolder;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;

/**
 * Counts the bytes a connection reads and writes into the worker's {@link ServerState}, for
 * telemetry. First in the pipeline, so it sees the bytes as they cross the socket.
 */
public final class ByteCounter extends ChannelDuplexHandler {

    private final ServerState state;

    public ByteCounter(ServerState state) {
        this.state = state;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof ByteBuf buf) {
            state.bytesRead(buf.readableBytes());
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof ByteBuf buf) {
            state.bytesWritten(buf.readableBytes());
        } else if (msg instanceof ByteBufHolder holder) {
            state.bytesWritten(holder.content().readableBytes());
        }
        ctx.write(msg, promise);
    }
}
