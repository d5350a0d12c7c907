package dev.wharf.server;

import dev.wharf.config.Config;
import dev.wharf.config.LifespanMode;
import dev.wharf.importer.LoadedApp;
import dev.wharf.lifespan.Lifespan;
import dev.wharf.lifespan.LifespanOff;
import dev.wharf.lifespan.LifespanOn;
import dev.wharf.protocols.http.DefaultHeaders;
import dev.wharf.protocols.http.HttpChannelInitializer;
import dev.wharf.protocols.http.HttpProtocol;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.unix.DomainSocketAddress;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker's server, as Uvicorn's {@code Server}: runs lifespan startup, binds and serves with
 * one Netty event loop, and on shutdown stops accepting, lets requests in flight finish, closes
 * idle connections and runs lifespan shutdown. App code runs on virtual threads, never on the loop.
 */
public final class Server {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");

    private final Config config;
    private final LoadedApp app;
    private final Transport transport;
    private final ServerState state = new ServerState();
    private final Lifespan lifespan;
    private EventLoopGroup group;
    private Channel listener;
    private volatile boolean forceExit;

    public Server(Config config, LoadedApp app) {
        this(config, app, Transport.best());
    }

    public Server(Config config, LoadedApp app, Transport transport) {
        this.config = config;
        this.app = app;
        this.transport = transport;
        this.lifespan = config.lifespan() == LifespanMode.OFF
                ? new LifespanOff()
                : new LifespanOn(app.app(), config.lifespan(), app.classLoader());
    }

    /**
     * Runs the application's startup, then binds and starts accepting.
     *
     * @throws ServerStartupException when startup fails or the address cannot be bound
     */
    public void start() throws ServerStartupException, InterruptedException {
        log.info("Started server process [{}]", ProcessHandle.current().pid());
        if (!lifespan.startup()) {
            // Lifespan has said why, in Uvicorn's words: nothing to add.
            throw new ServerStartupException(null, ServerStartupException.STARTUP_FAILURE, null);
        }
        HttpProtocol protocol = new HttpProtocol(app.app(), lifespan.state(), state, config.rootPath(), config.accessLog(),
                new DefaultHeaders(config.serverHeader(), config.dateHeader(), config.headers()),
                config.timeoutKeepAlive().toNanos(), config.h11MaxIncompleteEventSize(), config.webSocket());
        group = new MultiThreadIoEventLoopGroup(1, ioThreads(app.classLoader()), transport.ioHandlerFactory());
        try {
            listener = bind(protocol);
        } catch (Exception e) {
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            lifespan.shutdown();
            throw new ServerStartupException(bindFailure(e), ServerStartupException.GENERAL_FAILURE, e);
        }
        log.info("Wharf running on {} (Press CTRL+C to quit)", config.displayAddress(port()));
    }

    private Channel bind(HttpProtocol protocol) throws Exception {
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(group)
                .option(ChannelOption.SO_BACKLOG, config.backlog())
                .childHandler(new HttpChannelInitializer(protocol));
        SocketAddress address;
        if (config.uds() != null) {
            if (Files.exists(config.uds())) {
                // A socket file left by a server that is gone: binding over it would fail.
                Files.delete(config.uds());
            }
            bootstrap.channel(transport.domainSocketChannel());
            address = new DomainSocketAddress(config.uds().toFile());
        } else {
            bootstrap.channel(transport.tcpChannel())
                    .option(ChannelOption.SO_REUSEADDR, true)
                    .childOption(ChannelOption.TCP_NODELAY, true);
            address = new InetSocketAddress(config.host(), config.port());
        }
        return bootstrap.bind(address).sync().channel();
    }

    private String bindFailure(Exception e) {
        String where = config.uds() != null ? "unix socket " + config.uds() : config.host() + ":" + config.port();
        String reason = e.getMessage() == null ? e.toString() : e.getMessage();
        if (reason.toLowerCase().contains("address already in use")) {
            return "Could not bind to " + where + ": address already in use. Stop the other server or choose another --port.";
        }
        return "Could not bind to " + where + ": " + reason;
    }

    private static ThreadFactory ioThreads(ClassLoader appLoader) {
        DefaultThreadFactory netty = new DefaultThreadFactory("wharf-io");
        // Virtual threads started from the loop inherit its context class loader: the app's.
        return task -> {
            Thread thread = netty.newThread(task);
            thread.setContextClassLoader(appLoader);
            return thread;
        };
    }

    /** The port actually bound (useful with port 0), or -1 for a Unix socket. */
    public int port() {
        if (listener != null && listener.localAddress() instanceof InetSocketAddress inet) {
            return inet.getPort();
        }
        return -1;
    }

    public ServerState state() {
        return state;
    }

    public Lifespan lifespan() {
        return lifespan;
    }

    /**
     * Graceful shutdown: stop accepting, close idle connections, wait for requests in flight (until
     * {@link #forceExit()}), then run lifespan shutdown.
     *
     * @return {@code true} if lifespan shutdown completed cleanly
     */
    public boolean shutdown() throws InterruptedException {
        log.info("Shutting down");
        if (listener != null) {
            listener.close().await();
        }
        for (ServerConnection connection : state.connections()) {
            connection.shutdown();
        }
        if (!awaitConnectionsClosed(Duration.ofMillis(100))) {
            log.info("Waiting for connections to close. (CTRL+C to force quit)");
            while (!forceExit && !awaitConnectionsClosed(Duration.ofMillis(100))) {
                // polling keeps a second CTRL+C responsive
            }
        }
        if (forceExit) {
            state.connections().forEach(ServerConnection::abort);
        }
        boolean clean = lifespan.shutdown();
        if (group != null) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).await(5, TimeUnit.SECONDS);
        }
        if (config.uds() != null) {
            try {
                Files.deleteIfExists(config.uds());
            } catch (IOException e) {
                log.warn("Could not remove unix socket {}: {}", config.uds(), e.getMessage());
            }
        }
        log.info("Finished server process [{}]", ProcessHandle.current().pid());
        return clean;
    }

    /** Stops waiting for connections during shutdown: what is still in flight is cut. */
    public void forceExit() {
        forceExit = true;
    }

    private boolean awaitConnectionsClosed(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (state.activeConnections() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return state.activeConnections() == 0;
    }
}
