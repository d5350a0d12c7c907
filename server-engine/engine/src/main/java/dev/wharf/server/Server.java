package dev.wharf.server;

import dev.wharf.config.Config;
import dev.wharf.config.Settings;
import dev.wharf.config.catalog.TimeoutOptions;
import dev.wharf.config.setting.Apply;
import dev.wharf.config.setting.LifespanMode;
import dev.wharf.config.setting.Setting;
import dev.wharf.importer.LoadedApp;
import dev.wharf.lifespan.Lifespan;
import dev.wharf.lifespan.LifespanOff;
import dev.wharf.lifespan.LifespanOn;
import dev.wharf.logging.LogLevels;
import dev.wharf.protocols.DefaultHeaders;
import dev.wharf.protocols.LiveSettings;
import dev.wharf.protocols.ProtocolContext;
import dev.wharf.protocols.ServerConnection;
import dev.wharf.protocols.ServerState;
import dev.wharf.protocols.http.HttpChannelInitializer;
import dev.wharf.tls.TlsPreparation;
import dev.wharf.tls.TlsSetupException;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.unix.DomainSocketAddress;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
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

    private volatile Config config;
    private final LiveSettings live;
    private final LoadedApp app;
    private final Transport transport;
    private final ServerState state = new ServerState();
    private final Lifespan lifespan;
    private EventLoopGroup group;
    private Channel listener;
    private volatile boolean forceExit;
    private volatile Runnable exitRequested = () -> {};

    private final ListenSocket listenSocket;
    private final TlsPreparation tlsPreparation;

    public Server(Config config, LoadedApp app) {
        this(config, app, Transport.best(), new ListenSocket.Bind());
    }

    /**
     * @param listenSocket where the listening socket comes from: bound here, or passed by the supervisor
     */
    public Server(Config config, LoadedApp app, Transport transport, ListenSocket listenSocket) {
        this(config, app, transport, listenSocket, TlsPreparation.start(config.tls()));
    }

    /**
     * @param tls the TLS context being made since the settings were known, so that it overlaps the app's import
     */
    public Server(Config config, LoadedApp app, Transport transport, ListenSocket listenSocket, TlsPreparation tls) {
        this.tlsPreparation = tls;
        this.config = config;
        this.listenSocket = listenSocket;
        this.live = new LiveSettings(config);
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
        SslContext tls;
        try {
            // Before the app's startup, so a bad key fails the worker without running the app's lifespan.
            tls = tlsPreparation.await();
        } catch (TlsSetupException e) {
            throw new ServerStartupException(e.getMessage(), ServerStartupException.BAD_SETTING, e);
        }
        if (!lifespan.startup()) {
            // Lifespan has said why, in Uvicorn's words: nothing to add.
            throw new ServerStartupException(null, ServerStartupException.STARTUP_FAILURE, null);
        }
        ProtocolContext protocol = new ProtocolContext(
                app.app(),
                lifespan.state(),
                state,
                config.rootPath(),
                new DefaultHeaders(config.serverHeader(), config.dateHeader(), config.headers()),
                config.h11MaxIncompleteEventSize(),
                config.webSocket(),
                live,
                tls,
                config.http2());
        limitRequests();
        group = new MultiThreadIoEventLoopGroup(1, ioThreads(app.classLoader()), transport.ioHandlerFactory());
        try {
            listener = bind(protocol);
        } catch (Exception e) {
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            lifespan.shutdown();
            throw new ServerStartupException(bindFailure(e), ServerStartupException.GENERAL_FAILURE, e);
        }
        if (!(listenSocket instanceof ListenSocket.Inherited)) {
            // A supervised worker on the shared socket stays quiet: the supervisor announces the address once.
            log.info("Wharf running on {} (Press CTRL+C to quit)", config.displayAddress(port()));
        }
    }

    private Channel bind(ProtocolContext protocol) throws Exception {
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(group)
                .option(ChannelOption.SO_BACKLOG, config.backlog())
                .childHandler(new HttpChannelInitializer(protocol));
        if (listenSocket instanceof ListenSocket.Inherited inherited) {
            bootstrap.channelFactory(() -> transport.listeningChannelOn(inherited.fd(), inherited.unix()));
            if (!inherited.unix()) {
                bootstrap.childOption(ChannelOption.TCP_NODELAY, true);
            }
            // Already bound and listening in the supervisor: registering starts accepting.
            return bootstrap.register().sync().channel();
        }
        if (listenSocket instanceof ListenSocket.ReusePort) {
            bootstrap.option(transport.reusePortOption(), true);
        }
        SocketAddress address;
        if (config.uds() != null) {
            UnixSocketFile.claim(config.uds());
            bootstrap.channel(transport.domainSocketChannel());
            address = new DomainSocketAddress(config.uds().toFile());
        } else {
            bootstrap
                    .channel(transport.tcpChannel())
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
            return "Could not bind to " + where
                    + ": address already in use. Stop the other server or choose another --port.";
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

    /**
     * Runs a task on the worker's event loop, after the I/O it is busy with: a task that never runs
     * tells the supervisor the loop is wedged.
     */
    public void runOnEventLoop(Runnable task) {
        EventLoopGroup loop = group;
        if (loop != null && !loop.isShuttingDown()) {
            loop.execute(task);
        }
    }

    /** The port actually bound (useful with port 0), or -1 for a Unix socket. */
    public int port() {
        if (listener != null && listener.localAddress() instanceof InetSocketAddress inet) {
            return inet.getPort();
        }
        return -1;
    }

    /** The address served, as the startup line names it (an inherited socket says so). */
    public String address() {
        if (listenSocket instanceof ListenSocket.Inherited inherited && listener != null) {
            return InheritedSocket.describe(listener.localAddress(), inherited.fd());
        }
        return config.displayAddress(port());
    }

    public ServerState state() {
        return state;
    }

    /** The settings the worker runs with now, live changes included. */
    public Config config() {
        return config;
    }

    /**
     * Asks to be told when the worker wants to end by itself ({@code --limit-max-requests}); the
     * caller then runs {@link #shutdown()}, as it does for CTRL+C.
     */
    public void onExitRequested(Runnable callback) {
        this.exitRequested = callback;
    }

    private void limitRequests() {
        Integer limit = config.limitMaxRequests();
        if (limit == null) {
            return;
        }
        int jitter = config.limitMaxRequestsJitter();
        long total = limit + (jitter > 0 ? ThreadLocalRandom.current().nextInt(jitter + 1) : 0);
        state.limitRequests(total, () -> {
            log.warn("Maximum request limit of {} exceeded. Terminating process.", total);
            exitRequested.run();
        });
    }

    /**
     * Applies new settings to the running worker: what it can take live now, the rest at the next
     * start. Never throws for a setting it cannot apply; it says which ones wait for a restart.
     */
    public AppliedSettings applySettings(Settings next) {
        Settings current = config.settings();
        List<Setting<?>> applied = new ArrayList<>();
        List<Setting<?>> needRestart = new ArrayList<>();
        Settings taken = current;
        for (Setting<?> setting : current.differences(next)) {
            if (setting.apply() == Apply.LIVE) {
                taken = copy(taken, next, setting);
                applied.add(setting);
            } else if (setting.apply() == Apply.RESTART) {
                needRestart.add(setting);
            }
        }
        if (!applied.isEmpty()) {
            config = new Config(taken);
            live.update(config);
            if (applied.contains(TimeoutOptions.TIMEOUT_KEEP_ALIVE)) {
                state.connections().forEach(ServerConnection::keepAliveTimeoutChanged);
            }
            LogLevels.apply(config.logLevel());
            log.info(
                    "Applied live: {}",
                    applied.stream()
                            .map(s -> s.flag() + "=" + config.settings().format(s))
                            .toList());
        }
        return new AppliedSettings(applied, needRestart);
    }

    private static <T> Settings copy(Settings into, Settings from, Setting<T> setting) {
        return into.with(setting, from.get(setting));
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
        state.drain();
        for (ServerConnection connection : state.connections()) {
            connection.shutdown();
        }
        GracefulShutdown.drain(state, live.gracefulShutdownTimeout(), () -> forceExit);
        boolean clean = lifespan.shutdown();
        if (group != null) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).await(5, TimeUnit.SECONDS);
        }
        if (config.uds() != null && config.fd() == null) {
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
}
