package dev.wharf.server;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.kqueue.KQueue;
import io.netty.channel.kqueue.KQueueIoHandler;
import io.netty.channel.kqueue.KQueueServerDomainSocketChannel;
import io.netty.channel.kqueue.KQueueServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerDomainSocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;

/**
 * The Netty transport a worker uses: the native one of the platform when it loads (epoll on Linux,
 * kqueue on macOS), NIO otherwise.
 *
 * @param name                 for logs
 * @param ioHandlerFactory     the event loop's I/O handler
 * @param tcpChannel           the listening TCP channel type
 * @param domainSocketChannel  the listening Unix domain socket channel type
 */
public record Transport(
        String name,
        IoHandlerFactory ioHandlerFactory,
        Class<? extends ServerChannel> tcpChannel,
        Class<? extends ServerChannel> domainSocketChannel) {

    public static Transport best() {
        if (Epoll.isAvailable()) {
            return new Transport("epoll", EpollIoHandler.newFactory(), EpollServerSocketChannel.class, EpollServerDomainSocketChannel.class);
        }
        if (KQueue.isAvailable()) {
            return new Transport("kqueue", KQueueIoHandler.newFactory(), KQueueServerSocketChannel.class, KQueueServerDomainSocketChannel.class);
        }
        return nio();
    }

    public static Transport nio() {
        return new Transport("nio", NioIoHandler.newFactory(), NioServerSocketChannel.class, NioServerDomainSocketChannel.class);
    }
}
