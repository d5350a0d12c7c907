package dev.wharf.benchmarks;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;

/**
 * The baseline for the WebSocket echo benchmark: the least a Netty server does to echo WebSocket
 * messages (one event loop, Netty's own handshake handler, each data frame written straight back,
 * no app hand-off). Wharf's echo through the ASGI contract is read as a fraction of this one,
 * measured in the same run.
 */
public final class RawNettyWebSocketEcho {

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8002;
        NettyTransport.serve(
                port, "raw netty websocket echo on ws://127.0.0.1:" + port + "/ws", new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline()
                                .addLast(
                                        new HttpServerCodec(),
                                        new HttpObjectAggregator(64 * 1024),
                                        new WebSocketServerProtocolHandler("/ws", null, false, 16 * 1024 * 1024),
                                        new Echo());
                    }
                });
    }

    @ChannelHandler.Sharable
    private static final class Echo extends SimpleChannelInboundHandler<WebSocketFrame> {
        Echo() {
            super(false); // the frame is written back, so it is not released here
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
            if (frame instanceof TextWebSocketFrame || frame instanceof BinaryWebSocketFrame) {
                ctx.writeAndFlush(frame);
            } else {
                frame.release();
            }
        }
    }
}
