package dev.wharf.config;

import dev.wharf.asgi.Header;
import dev.wharf.protocols.websocket.WebSocketSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything one worker runs with, as Uvicorn's {@code Config}: built once, validated once, never
 * changed afterwards.
 *
 * @param app                        the application to serve, as given on the command line
 * @param host                       the address to bind
 * @param port                       the port to bind; 0 picks a free one
 * @param uds                        a Unix domain socket to bind instead of host and port, or {@code null}
 * @param lifespan                   whether and how the lifespan protocol runs
 * @param rootPath                   ASGI {@code root_path}: where a proxy mounts the application
 * @param appDir                     the application's classpath: folders and jars
 * @param factory                    whether {@code app} names a factory to call
 * @param logLevel                   the log level
 * @param accessLog                  whether to log one line per request
 * @param serverHeader               whether responses carry {@code server: wharf}
 * @param dateHeader                 whether responses carry {@code date}
 * @param headers                    extra default headers for every response
 * @param timeoutKeepAlive           how long an idle keep-alive connection stays open
 * @param h11MaxIncompleteEventSize  the largest request line and header section accepted, in bytes
 * @param backlog                    the listen backlog
 * @param webSocket                  the WebSocket settings ({@code ws}, {@code ws_max_size}, ...)
 */
public record Config(
        String app,
        String host,
        int port,
        Path uds,
        LifespanMode lifespan,
        String rootPath,
        List<Path> appDir,
        boolean factory,
        LogLevel logLevel,
        boolean accessLog,
        boolean serverHeader,
        boolean dateHeader,
        List<Header> headers,
        Duration timeoutKeepAlive,
        int h11MaxIncompleteEventSize,
        int backlog,
        WebSocketSettings webSocket) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8000;

    public Config {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(lifespan, "lifespan");
        Objects.requireNonNull(logLevel, "logLevel");
        Objects.requireNonNull(timeoutKeepAlive, "timeoutKeepAlive");
        rootPath = rootPath == null ? "" : rootPath;
        appDir = List.copyOf(appDir);
        headers = List.copyOf(headers);
        webSocket = webSocket == null ? WebSocketSettings.defaults() : webSocket;
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port: " + port + " is not a port; use 0 to 65535");
        }
        if (rootPath.endsWith("/")) {
            throw new IllegalArgumentException("root-path: '" + rootPath + "' must not end with '/'; use for example '/api'");
        }
        if (!rootPath.isEmpty() && !rootPath.startsWith("/")) {
            throw new IllegalArgumentException("root-path: '" + rootPath + "' must start with '/'; use for example '/api'");
        }
        if (timeoutKeepAlive.isNegative() || timeoutKeepAlive.isZero()) {
            throw new IllegalArgumentException("timeout-keep-alive: " + timeoutKeepAlive.toMillis() / 1000.0 + " s must be more than 0");
        }
        if (h11MaxIncompleteEventSize < 1024) {
            throw new IllegalArgumentException("h11-max-incomplete-event-size: " + h11MaxIncompleteEventSize + " bytes is too small; use at least 1024");
        }
        if (backlog < 1) {
            throw new IllegalArgumentException("backlog: " + backlog + " must be at least 1");
        }
    }

    public static Builder builder(String app) {
        return new Builder(app);
    }

    /** The address a user types into a browser, or the socket path. */
    public String displayAddress(int boundPort) {
        if (uds != null) {
            return "unix socket " + uds;
        }
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shownHost + ":" + boundPort;
    }

    /** Gathers options before the one {@link Config} is built, as the CLI and tests do. */
    public static final class Builder {
        private final String app;
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private Path uds;
        private LifespanMode lifespan = LifespanMode.AUTO;
        private String rootPath = "";
        private final List<Path> appDir = new ArrayList<>();
        private boolean factory;
        private LogLevel logLevel = LogLevel.INFO;
        private boolean accessLog = true;
        private boolean serverHeader = true;
        private boolean dateHeader = true;
        private final List<Header> headers = new ArrayList<>();
        private Duration timeoutKeepAlive = Duration.ofSeconds(5);
        private int h11MaxIncompleteEventSize = 16 * 1024;
        private int backlog = 2048;
        private WebSocketSettings webSocket = WebSocketSettings.defaults();

        private Builder(String app) {
            this.app = app;
        }

        public Builder host(String host) { this.host = host; return this; }
        public Builder port(int port) { this.port = port; return this; }
        public Builder uds(Path uds) { this.uds = uds; return this; }
        public Builder lifespan(LifespanMode lifespan) { this.lifespan = lifespan; return this; }
        public Builder rootPath(String rootPath) { this.rootPath = rootPath; return this; }
        public Builder appDir(List<Path> entries) { this.appDir.addAll(entries); return this; }
        public Builder factory(boolean factory) { this.factory = factory; return this; }
        public Builder logLevel(LogLevel logLevel) { this.logLevel = logLevel; return this; }
        public Builder accessLog(boolean accessLog) { this.accessLog = accessLog; return this; }
        public Builder serverHeader(boolean serverHeader) { this.serverHeader = serverHeader; return this; }
        public Builder dateHeader(boolean dateHeader) { this.dateHeader = dateHeader; return this; }
        public Builder header(Header header) { this.headers.add(header); return this; }
        public Builder timeoutKeepAlive(Duration timeout) { this.timeoutKeepAlive = timeout; return this; }
        public Builder h11MaxIncompleteEventSize(int bytes) { this.h11MaxIncompleteEventSize = bytes; return this; }
        public Builder backlog(int backlog) { this.backlog = backlog; return this; }
        public Builder webSocket(WebSocketSettings webSocket) { this.webSocket = webSocket; return this; }

        public Config build() {
            return new Config(app, host, port, uds, lifespan, rootPath, appDir, factory, logLevel, accessLog,
                    serverHeader, dateHeader, headers, timeoutKeepAlive, h11MaxIncompleteEventSize, backlog, webSocket);
        }
    }
}
