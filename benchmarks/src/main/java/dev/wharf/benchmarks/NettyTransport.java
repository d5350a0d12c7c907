package dev.wharf.benchmarks;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;

/**
 * What every benchmark process on Netty starts from: one event loop on epoll where Linux has it
 * (NIO elsewhere), and for the baselines a server on loopback that serves until it is killed.
 */
final class NettyTransport {

    private static final boolean EPOLL = Epoll.isAvailable();

    private NettyTransport() {}

    /** One event loop: the baselines and the load client each use exactly one thread for I/O. */
    static EventLoopGroup oneEventLoop() {
        return eventLoops(1);
    }

    static EventLoopGroup eventLoops(int count) {
        return new MultiThreadIoEventLoopGroup(count, EPOLL ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
    }

    static Class<? extends Channel> clientChannel() {
        return EPOLL ? EpollSocketChannel.class : NioSocketChannel.class;
    }

    /** Serves {@code pipeline} on 127.0.0.1:{@code port} with one event loop until the process is killed. */
    static void serve(int port, String banner, ChannelInitializer<Channel> pipeline) throws InterruptedException {
        serve(port, banner, pipeline, 1);
    }

    /** The same with {@code eventLoops} event loops: the scaling benchmark's anchor for N workers. */
    static void serve(int port, String banner, ChannelInitializer<Channel> pipeline, int eventLoops)
            throws InterruptedException {
        EventLoopGroup group = eventLoops(eventLoops);
        try {
            Channel channel = new ServerBootstrap()
                    .group(group)
                    .channel(EPOLL ? EpollServerSocketChannel.class : NioServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 2048)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(pipeline)
                    .bind("127.0.0.1", port)
                    .sync()
                    .channel();
            System.out.println(banner);
            channel.closeFuture().sync();
        } finally {
            group.shutdownGracefully();
        }
    }
}
