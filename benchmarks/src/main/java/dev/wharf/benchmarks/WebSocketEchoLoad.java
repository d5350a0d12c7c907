package dev.wharf.benchmarks;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The WebSocket echo benchmark's load client, bounded in connections and time: each connection
 * sends one small text message, waits for its echo, and only then sends the next, for the warm-up
 * and then the measured seconds; then every connection is closed and the figures are printed as one
 * line: {@code round_trips_per_second=… p50_us=… p99_us=… connections=… errors=…}.
 *
 * <pre>java … dev.wharf.benchmarks.WebSocketEchoLoad ws://127.0.0.1:8000/ws [connections] [warmup s] [duration s]</pre>
 *
 * One event loop serves every connection, so the counters need no locks.
 */
public final class WebSocketEchoLoad {

    /** The message, encoded once: every send is a duplicate of it, every echo is compared with it. */
    private static final ByteBuf MESSAGE = Unpooled.unreleasableBuffer(
                    Unpooled.copiedBuffer("hello from the echo benchmark", StandardCharsets.UTF_8))
            .asReadOnly();

    private long[] latenciesNanos = new long[1 << 20];
    private int latencyCount;
    private long roundTrips;
    private long errors;
    private boolean measuring;
    private boolean stopping;

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println(
                    "usage: WebSocketEchoLoad ws://host:port/path [connections=64] [warmup=10] [duration=10]");
            System.exit(2);
        }
        URI uri = URI.create(args[0]);
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int duration = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        System.out.println(new WebSocketEchoLoad().run(uri, connections, warmup, duration));
    }

    private String run(URI uri, int connections, int warmupSeconds, int durationSeconds) throws Exception {
        EventLoopGroup group = NettyTransport.oneEventLoop();
        try {
            Bootstrap bootstrap = new Bootstrap()
                    .group(group)
                    .channel(NettyTransport.clientChannel())
                    .option(ChannelOption.TCP_NODELAY, true)
                    .handler(new ChannelInitializer<Channel>() {
                        @Override
                        protected void initChannel(Channel ch) {
                            ch.pipeline()
                                    .addLast(
                                            new HttpClientCodec(),
                                            new HttpObjectAggregator(8192),
                                            new WebSocketClientProtocolHandler(
                                                    WebSocketClientProtocolConfig.newBuilder()
                                                            .webSocketUri(uri)
                                                            .handshakeTimeoutMillis(10_000)
                                                            .build()),
                                            new Echoes());
                        }
                    });
            List<Channel> channels = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                channels.add(
                        bootstrap.connect(uri.getHost(), uri.getPort()).sync().channel());
            }
            var loop = group.next();
            Thread.sleep(TimeUnit.SECONDS.toMillis(warmupSeconds));
            long start = loop.submit(() -> {
                        measuring = true;
                        return System.nanoTime();
                    })
                    .get();
            Thread.sleep(TimeUnit.SECONDS.toMillis(durationSeconds));
            return loop.submit(() -> {
                        double seconds = (System.nanoTime() - start) / 1e9;
                        measuring = false;
                        stopping = true;
                        channels.forEach(Channel::close);
                        return summary(seconds, connections);
                    })
                    .get();
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        }
    }

    private String summary(double seconds, int connections) {
        long[] sorted = Arrays.copyOf(latenciesNanos, latencyCount);
        Arrays.sort(sorted);
        return String.format(
                "round_trips_per_second=%.0f p50_us=%d p99_us=%d connections=%d errors=%d",
                roundTrips / seconds,
                percentile(sorted, 0.50) / 1000,
                percentile(sorted, 0.99) / 1000,
                connections,
                errors);
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** One message in flight per connection: the echo of one is the cue for the next. */
    private final class Echoes extends SimpleChannelInboundHandler<TextWebSocketFrame> {
        private long sentAt;

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
            if (event == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
                sendNext(ctx);
            }
            super.userEventTriggered(ctx, event);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame echo) {
            if (!ByteBufUtil.equals(MESSAGE, echo.content())) {
                errors++;
            }
            if (measuring) {
                roundTrips++;
                if (latencyCount == latenciesNanos.length) {
                    latenciesNanos = Arrays.copyOf(latenciesNanos, latencyCount * 2);
                }
                latenciesNanos[latencyCount++] = System.nanoTime() - sentAt;
            }
            if (!stopping) {
                sendNext(ctx);
            }
        }

        private void sendNext(ChannelHandlerContext ctx) {
            sentAt = System.nanoTime();
            ctx.writeAndFlush(new TextWebSocketFrame(MESSAGE.duplicate()));
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (!stopping) {
                errors++;
                System.err.println("connection error: " + cause);
            }
            ctx.close();
        }
    }
}
