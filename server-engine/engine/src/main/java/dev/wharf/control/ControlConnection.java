package dev.wharf.control;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.unix.FileDescriptor;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.string.StringDecoder;
import io.netty.handler.codec.string.StringEncoder;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One end of a control channel: JSON lines in and out over a Unix socket, plus the one listening
 * socket descriptor the supervisor passes. The same class serves both ends; what each does with a
 * message is its {@link Listener}'s business. Callbacks run on the channel's event loop.
 */
public final class ControlConnection extends ChannelInboundHandlerAdapter {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");

    /** What an end does with what arrives. */
    public interface Listener {
        void onMessage(ControlMessage message);

        /** A descriptor arrived (worker side, shared-socket mode). */
        default void onDescriptor(FileDescriptor fd) {
            throw new IllegalStateException("unexpected descriptor on the control channel");
        }

        /** The other end went away. */
        void onClosed();
    }

    private final Listener listener;
    private Channel channel;

    private ControlConnection(Listener listener) {
        this.listener = listener;
    }

    /** Installs the line protocol on a new channel's pipeline, ending in a connection that reports to {@code listener}. */
    public static ControlConnection install(Channel channel, Listener listener) {
        ControlConnection connection = new ControlConnection(listener);
        connection.channel = channel;
        ChannelPipeline pipeline = channel.pipeline();
        pipeline.addLast("lines", new LineBasedFrameDecoder(ControlCodec.MAX_LINE));
        pipeline.addLast("text-in", new StringDecoder(StandardCharsets.UTF_8));
        pipeline.addLast("text-out", new StringEncoder(StandardCharsets.UTF_8));
        pipeline.addLast("control", connection);
        return connection;
    }

    /** Sends a message; safe from any thread. */
    public void send(ControlMessage message) {
        channel.writeAndFlush(ControlCodec.encode(message) + "\n");
    }

    /** Passes a listening socket's descriptor to the other process. */
    public void sendDescriptor(FileDescriptor fd) {
        channel.writeAndFlush(fd);
    }

    public Channel channel() {
        return channel;
    }

    public void close() {
        channel.close();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        try {
            if (msg instanceof String line) {
                if (!line.isBlank()) {
                    listener.onMessage(ControlCodec.decode(line));
                }
            } else if (msg instanceof FileDescriptor fd) {
                listener.onDescriptor(fd);
            }
        } catch (RuntimeException e) {
            log.error("Control channel: {}; closing it", e.getMessage());
            ctx.close();
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        listener.onClosed();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        log.debug("Control channel error", cause);
        ctx.close();
    }
}
