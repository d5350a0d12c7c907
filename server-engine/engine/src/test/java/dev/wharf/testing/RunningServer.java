package dev.wharf.testing;

import dev.wharf.asgi.App;
import dev.wharf.config.Config;
import dev.wharf.importer.LoadedApp;
import dev.wharf.server.Server;
import java.net.URI;
import java.util.function.UnaryOperator;

/**
 * A real worker on a free loopback port, for tests: {@code try (var server = RunningServer.start(app))}.
 * Closing it runs the graceful shutdown, lifespan included.
 */
public final class RunningServer implements AutoCloseable {

    private final Server server;
    private boolean stopped;

    private RunningServer(Server server) {
        this.server = server;
    }

    public static RunningServer start(App app) throws Exception {
        return start(app, builder -> builder);
    }

    public static RunningServer start(App app, UnaryOperator<Config.Builder> settings) throws Exception {
        Config config =
                settings.apply(Config.builder("test").port(0).accessLog(false)).build();
        Server server = new Server(config, new LoadedApp(app, RunningServer.class.getClassLoader(), "test"));
        server.start();
        return new RunningServer(server);
    }

    public int port() {
        return server.port();
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port() + pathAndQuery);
    }

    public RawHttpClient connect() throws Exception {
        return RawHttpClient.connect(port());
    }

    public Server server() {
        return server;
    }

    /** Graceful shutdown, as CTRL+C does; returns whether lifespan shutdown was clean. */
    public boolean stop() throws InterruptedException {
        if (stopped) {
            return true;
        }
        stopped = true;
        return server.shutdown();
    }

    @Override
    public void close() throws InterruptedException {
        if (!stopped) {
            server.forceExit();
            stop();
        }
    }
}
