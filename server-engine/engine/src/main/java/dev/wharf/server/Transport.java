package dev.wharf.server;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.epoll.EpollDomainSocketChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.kqueue.KQueue;
import io.netty.channel.kqueue.KQueueChannelOption;
import io.netty.channel.kqueue.KQueueDomainSocketChannel;
import io.netty.channel.kqueue.KQueueIoHandler;
import io.netty.channel.kqueue.KQueueServerDomainSocketChannel;
import io.netty.channel.kqueue.KQueueServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioChannelOption;
import io.netty.channel.socket.nio.NioDomainSocketChannel;
import io.netty.channel.socket.nio.NioServerDomainSocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import io.netty.channel.unix.DomainSocketReadMode;
import io.netty.channel.unix.UnixChannelOption;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Path;

/**
 * The Netty transport a process uses: the native one of the platform when it loads (epoll on Linux,
 * kqueue on macOS), NIO otherwise. Only the native ones can pass a listening socket between
 * processes; with NIO each worker binds its own socket with {@code SO_REUSEPORT}.
 */
public enum Transport {
    EPOLL(EpollServerSocketChannel.class, EpollServerDomainSocketChannel.class, EpollDomainSocketChannel.class),
    KQUEUE(KQueueServerSocketChannel.class, KQueueServerDomainSocketChannel.class, KQueueDomainSocketChannel.class),
    NIO(NioServerSocketChannel.class, NioServerDomainSocketChannel.class, NioDomainSocketChannel.class);

    private final Class<? extends ServerChannel> tcpChannel;
    private final Class<? extends ServerChannel> domainSocketChannel;
    private final Class<? extends Channel> domainClientChannel;

    Transport(
            Class<? extends ServerChannel> tcpChannel,
            Class<? extends ServerChannel> domainSocketChannel,
            Class<? extends Channel> domainClientChannel) {
        this.tcpChannel = tcpChannel;
        this.domainSocketChannel = domainSocketChannel;
        this.domainClientChannel = domainClientChannel;
    }

    public static Transport best() {
        if (Epoll.isAvailable()) {
            return EPOLL;
        }
        if (KQueue.isAvailable()) {
            return KQUEUE;
        }
        return NIO;
    }

    public static Transport nio() {
        return NIO;
    }

    public IoHandlerFactory ioHandlerFactory() {
        return switch (this) {
            case EPOLL -> EpollIoHandler.newFactory();
            case KQUEUE -> KQueueIoHandler.newFactory();
            case NIO -> NioIoHandler.newFactory();
        };
    }

    /** The listening TCP channel type. */
    public Class<? extends ServerChannel> tcpChannel() {
        return tcpChannel;
    }

    /** The listening Unix domain socket channel type. */
    public Class<? extends ServerChannel> domainSocketChannel() {
        return domainSocketChannel;
    }

    /** The connecting Unix domain socket channel type, for a worker's control channel. */
    public Class<? extends Channel> domainClientChannel() {
        return domainClientChannel;
    }

    /** Whether a listening socket can be handed to another process over a Unix socket. */
    public boolean passesSockets() {
        return this != NIO;
    }

    /** The option that makes a domain socket channel read descriptors instead of bytes, or {@code null} with NIO. */
    public ChannelOption<DomainSocketReadMode> readModeOption() {
        return this == NIO ? null : UnixChannelOption.DOMAIN_SOCKET_READ_MODE;
    }

    /** A channel around a listening socket received from another process; it is already bound and listening. */
    public ServerChannel listeningChannelOn(int fd, boolean unix) {
        return switch (this) {
            case EPOLL -> unix ? new EpollServerDomainSocketChannel(fd) : new EpollServerSocketChannel(fd);
            case KQUEUE -> unix ? new KQueueServerDomainSocketChannel(fd) : new KQueueServerSocketChannel(fd);
            case NIO -> throw new UnsupportedOperationException("NIO cannot serve on a passed socket");
        };
    }

    /** The address of a Unix domain socket as this transport's channels take it. */
    public SocketAddress domainAddress(Path path) {
        return this == NIO ? UnixDomainSocketAddress.of(path) : new DomainSocketAddress(path.toFile());
    }

    /** {@code SO_REUSEPORT}, for workers that each bind the same address. */
    public ChannelOption<Boolean> reusePortOption() {
        return switch (this) {
            case EPOLL -> EpollChannelOption.SO_REUSEPORT;
            case KQUEUE -> KQueueChannelOption.SO_REUSEPORT;
            case NIO -> NioChannelOption.of(StandardSocketOptions.SO_REUSEPORT);
        };
    }
}
