package dev.wharf.supervisor.process;

import dev.wharf.config.Config;
import dev.wharf.server.InheritedSocket;
import dev.wharf.server.ListenSocket;
import dev.wharf.server.Transport;
import dev.wharf.server.UnixSocketFile;
import dev.wharf.supervisor.SupervisorException;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.unix.FileDescriptor;
import io.netty.channel.unix.UnixChannel;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.Locale;

/**
 * The one listening socket every worker accepts from, bound by the supervisor. The supervisor never
 * accepts on it (reading is off); it only hands its descriptor to each worker. Because the socket
 * outlives every worker, replacing workers never closes the port, and connections that arrive
 * while no worker accepts wait in the backlog instead of being refused.
 *
 * <p>Where the transport cannot pass descriptors (NIO), there is no shared socket: each worker
 * binds the address itself with {@code SO_REUSEPORT}, and this class only fixes the port.
 */
final class SharedSocket implements AutoCloseable {

    private final Config config;
    private final Channel channel;
    private final int port;

    private SharedSocket(Config config, Channel channel, int port) {
        this.config = config;
        this.channel = channel;
        this.port = port;
    }

    static SharedSocket bind(Config config, Transport transport, EventLoopGroup group) throws SupervisorException {
        if (config.fd() != null) {
            return adopt(config, transport, group);
        }
        if (!transport.passesSockets()) {
            return new SharedSocket(config, null, config.uds() != null ? -1 : pickPort(config));
        }
        try {
            ServerBootstrap bootstrap = new ServerBootstrap()
                    .group(group)
                    .option(ChannelOption.SO_BACKLOG, config.backlog())
                    .option(ChannelOption.AUTO_READ, false)
                    .childHandler(new ChannelInboundHandlerAdapter());
            Channel channel;
            if (config.uds() != null) {
                UnixSocketFile.claim(config.uds());
                channel = bootstrap
                        .channel(transport.domainSocketChannel())
                        .bind(transport.domainAddress(config.uds()))
                        .sync()
                        .channel();
            } else {
                channel = bootstrap
                        .channel(transport.tcpChannel())
                        .option(ChannelOption.SO_REUSEADDR, true)
                        .bind(new InetSocketAddress(config.host(), config.port()))
                        .sync()
                        .channel();
            }
            int port = channel.localAddress() instanceof InetSocketAddress inet ? inet.getPort() : -1;
            return new SharedSocket(config, channel, port);
        } catch (Exception e) {
            throw new SupervisorException(bindFailure(config, e), e);
        }
    }

    /**
     * Takes over the listening socket this process was started with ({@code --fd}, socket activation)
     * and hands it to the workers as if it had been bound here.
     */
    private static SharedSocket adopt(Config config, Transport transport, EventLoopGroup group)
            throws SupervisorException {
        if (!transport.passesSockets()) {
            throw new SupervisorException(
                    "--fd " + config.fd()
                            + " needs the native transport (epoll or kqueue) to share the socket with workers, and it did not load.",
                    null);
        }
        ListenSocket.Inherited inherited;
        try {
            inherited = InheritedSocket.check(config.fd());
        } catch (IllegalArgumentException e) {
            throw new SupervisorException(e.getMessage(), e);
        }
        ServerChannel channel = transport.listeningChannelOn(inherited.fd(), inherited.unix());
        channel.config().setAutoRead(false);
        try {
            group.register(channel).sync();
        } catch (Exception e) {
            throw new SupervisorException("--fd " + config.fd() + ": could not use the socket: " + e.getMessage(), e);
        }
        int port = channel.localAddress() instanceof InetSocketAddress inet ? inet.getPort() : -1;
        return new SharedSocket(config, channel, port);
    }

    /** With reuse-port workers, port 0 must become one real port that every worker then binds. */
    private static int pickPort(Config config) throws SupervisorException {
        if (config.port() != 0) {
            return config.port();
        }
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(config.host()))) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new SupervisorException(bindFailure(config, e), e);
        }
    }

    static String bindFailure(Config config, Exception e) {
        String where = config.uds() != null ? "unix socket " + config.uds() : config.host() + ":" + config.port();
        String reason = e.getMessage() == null ? e.toString() : e.getMessage();
        if (reason.toLowerCase(Locale.ROOT).contains("address already in use")) {
            return "Could not bind to " + where
                    + ": address already in use. Stop the other server or choose another --port.";
        }
        return "Could not bind to " + where + ": " + reason;
    }

    /** Whether workers serve on this socket's descriptor (else each binds with SO_REUSEPORT). */
    boolean shared() {
        return channel != null;
    }

    FileDescriptor descriptor() {
        return ((UnixChannel) channel).fd();
    }

    /** The port bound, or -1 for a Unix socket. */
    int port() {
        return port;
    }

    /** The address users open. */
    String address() {
        if (config.fd() != null) {
            return InheritedSocket.describe(channel.localAddress(), config.fd());
        }
        return config.displayAddress(port);
    }

    @Override
    public void close() {
        if (channel != null) {
            channel.close().syncUninterruptibly();
        }
        if (config.uds() != null && config.fd() == null) {
            try {
                Files.deleteIfExists(config.uds());
            } catch (IOException e) {
                // left behind; the next start replaces it
            }
        }
    }
}
