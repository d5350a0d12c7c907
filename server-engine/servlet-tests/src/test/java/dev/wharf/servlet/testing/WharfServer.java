package dev.wharf.servlet.testing;

import dev.wharf.asgi.App;
import dev.wharf.config.Config;
import dev.wharf.config.setting.LifespanMode;
import dev.wharf.importer.LoadedApp;
import dev.wharf.server.Server;
import dev.wharf.server.ServerStartupException;
import java.net.URI;
import java.util.Map;

/**
 * A real Wharf worker (the engine's {@code Server}) serving an app on a free loopback port, lifespan on.
 * The one class of these tests that knows the engine's classes: when the engine's packages move, this is
 * the file to fix.
 */
public final class WharfServer implements AutoCloseable {

    private final Server server;
    private boolean stopped;

    private WharfServer(Server server) {
        this.server = server;
    }

    public static WharfServer start(App app, ClassLoader appLoader) throws Exception {
        return start(app, appLoader, "");
    }

    /** @param rootPath Wharf's {@code --root-path}, which is the servlet context path */
    public static WharfServer start(App app, ClassLoader appLoader, String rootPath) throws Exception {
        Server server = server(app, appLoader, rootPath, LifespanMode.ON);
        server.start();
        return new WharfServer(server);
    }

    /** A worker run with {@code --lifespan off}: the app never sees a lifespan scope. */
    public static WharfServer startWithoutLifespan(App app, ClassLoader appLoader) throws Exception {
        Server server = server(app, appLoader, "", LifespanMode.OFF);
        server.start();
        return new WharfServer(server);
    }

    /** Starts a worker that is expected to fail its lifespan startup; returns the failure message. */
    public static String startupFailure(App app, ClassLoader appLoader) throws Exception {
        Server server = server(app, appLoader, "", LifespanMode.ON);
        try {
            server.start();
        } catch (ServerStartupException expected) {
            return server.lifespan().failureMessage();
        }
        server.forceExit();
        server.shutdown();
        throw new AssertionError("the worker started, though its startup was expected to fail");
    }

    private static Server server(App app, ClassLoader appLoader, String rootPath, LifespanMode lifespan) {
        Config config = Config.builder("servlet-test")
                .port(0)
                .accessLog(false)
                .lifespan(lifespan)
                .rootPath(rootPath)
                .build();
        return new Server(config, new LoadedApp(app, appLoader, "servlet-test"));
    }

    public int port() {
        return server.port();
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port() + pathAndQuery);
    }

    /** The worker's lifespan state: its app.state, as the window shows it. */
    public Map<String, Object> appState() {
        return server.lifespan().state();
    }

    /** Graceful shutdown, lifespan included; whether it was clean. */
    public boolean stop() throws InterruptedException {
        if (stopped) {
            return true;
        }
        stopped = true;
        return server.shutdown();
    }

    /** Stops at once: in-flight requests are cut, lifespan shutdown still runs. */
    @Override
    public void close() {
        if (!stopped) {
            server.forceExit();
            try {
                stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
