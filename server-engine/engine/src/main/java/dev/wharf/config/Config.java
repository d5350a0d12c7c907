package dev.wharf.config;

import dev.wharf.asgi.Header;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.LimitOptions;
import dev.wharf.config.catalog.LoggingOptions;
import dev.wharf.config.catalog.ProxyOptions;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.config.catalog.TimeoutOptions;
import dev.wharf.config.catalog.TlsOptions;
import dev.wharf.config.setting.LifespanMode;
import dev.wharf.config.setting.LogLevel;
import dev.wharf.config.setting.Setting;
import dev.wharf.importer.AppClassPath;
import dev.wharf.importer.ImportRequest;
import dev.wharf.middleware.proxyheaders.ProxyHeaders;
import dev.wharf.middleware.proxyheaders.TrustedHosts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one worker runs with, as Uvicorn's {@code Config}: the {@link Settings}, read through typed
 * accessors that turn settings' text into what the server uses (headers, paths, the proxy trust
 * list). Built once and never changed; a live change makes a new one.
 *
 * @param settings the values, all valid
 */
public record Config(Settings settings) {

    public Config {
        Objects.requireNonNull(settings, "settings");
    }

    public static Builder builder(String app) {
        return new Builder(Settings.defaults().with(AppOptions.APP, app));
    }

    public <T> T get(Setting<T> setting) {
        return settings.get(setting);
    }

    public String app() {
        return get(AppOptions.APP);
    }

    /** What to import, as APP, --app-dir, --factory, --interface, --servlet-init-param and --root-path say. */
    public ImportRequest importRequest() {
        return new ImportRequest(
                app(), appDir(), factory(), get(AppOptions.INTERFACE), get(AppOptions.SERVLET_INIT_PARAMS), rootPath());
    }

    public boolean factory() {
        return get(AppOptions.FACTORY);
    }

    public LifespanMode lifespan() {
        return get(AppOptions.LIFESPAN);
    }

    public String rootPath() {
        return get(AppOptions.ROOT_PATH);
    }

    public String host() {
        return get(ServerOptions.HOST);
    }

    public int port() {
        return get(ServerOptions.PORT);
    }

    public Path uds() {
        return get(ServerOptions.UDS);
    }

    /** {@code null}: bind host and port (or the Unix socket) instead of serving on an inherited socket. */
    public Integer fd() {
        return get(ServerOptions.FD);
    }

    public int backlog() {
        return get(ServerOptions.BACKLOG);
    }

    public boolean serverHeader() {
        return get(ServerOptions.SERVER_HEADER);
    }

    public boolean dateHeader() {
        return get(ServerOptions.DATE_HEADER);
    }

    public boolean http2() {
        return get(ServerOptions.HTTP2);
    }

    public int h11MaxIncompleteEventSize() {
        return get(ServerOptions.H11_MAX_INCOMPLETE_EVENT_SIZE);
    }

    public Duration timeoutKeepAlive() {
        return get(TimeoutOptions.TIMEOUT_KEEP_ALIVE);
    }

    public Duration timeoutRead() {
        return get(TimeoutOptions.TIMEOUT_READ);
    }
    /** {@code null}: wait for every request in flight. */
    public Duration timeoutGracefulShutdown() {
        return get(TimeoutOptions.TIMEOUT_GRACEFUL_SHUTDOWN);
    }
    /** {@code null}: no limit. */
    public Integer limitConcurrency() {
        return get(LimitOptions.LIMIT_CONCURRENCY);
    }
    /** {@code null}: no limit. */
    public Integer limitMaxRequests() {
        return get(LimitOptions.LIMIT_MAX_REQUESTS);
    }

    public int limitMaxRequestsJitter() {
        return get(LimitOptions.LIMIT_MAX_REQUESTS_JITTER);
    }

    public LogLevel logLevel() {
        return get(LoggingOptions.LOG_LEVEL);
    }

    public boolean accessLog() {
        return get(LoggingOptions.ACCESS_LOG);
    }

    /** The app's classpath entries, each {@code --app-dir} split on the path separator. */
    public List<Path> appDir() {
        List<Path> entries = new ArrayList<>();
        for (String entry : get(AppOptions.APP_DIR)) {
            entries.addAll(AppClassPath.parse(entry));
        }
        return entries;
    }

    /** The default response headers, from {@code --header NAME:VALUE}. */
    public List<Header> headers() {
        List<Header> headers = new ArrayList<>();
        for (String header : get(ServerOptions.HEADERS)) {
            int colon = header.indexOf(':');
            headers.add(Header.of(
                    header.substring(0, colon).strip(),
                    header.substring(colon + 1).strip()));
        }
        return headers;
    }

    /** Who is believed about X-Forwarded-For and X-Forwarded-Proto. */
    public ProxyHeaders proxyHeaders() {
        return get(ProxyOptions.PROXY_HEADERS)
                ? ProxyHeaders.trusting(TrustedHosts.parse(get(ProxyOptions.FORWARDED_ALLOW_IPS)))
                : ProxyHeaders.off();
    }

    /** The WebSocket settings, as the WebSocket protocol reads them. */
    public WebSocketSettings webSocket() {
        Duration interval = get(WebSocketOptions.WS_PING_INTERVAL);
        Duration timeout = get(WebSocketOptions.WS_PING_TIMEOUT);
        return new WebSocketSettings(
                get(WebSocketOptions.WS),
                get(WebSocketOptions.WS_MAX_SIZE),
                get(WebSocketOptions.WS_MAX_QUEUE),
                interval == null ? Duration.ZERO : interval,
                timeout == null ? Duration.ZERO : timeout,
                get(WebSocketOptions.WS_PER_MESSAGE_DEFLATE));
    }

    /** The TLS settings, as the TLS package reads them. */
    public TlsSettings tls() {
        return new TlsSettings(
                get(TlsOptions.SSL_KEYFILE),
                get(TlsOptions.SSL_CERTFILE),
                get(TlsOptions.SSL_KEYFILE_PASSWORD),
                get(TlsOptions.SSL_VERSION),
                get(TlsOptions.SSL_CERT_REQS),
                get(TlsOptions.SSL_CA_CERTS),
                get(TlsOptions.SSL_CIPHERS),
                get(TlsOptions.SSL_DEV),
                host(),
                http2());
    }

    /** The address a user types into a browser, or the socket path. */
    public String displayAddress(int boundPort) {
        if (uds() != null) {
            return "unix socket " + uds();
        }
        String shownHost = host().contains(":") ? "[" + host() + "]" : host();
        return (tls().enabled() ? "https://" : "http://") + shownHost + ":" + boundPort;
    }

    /** Changes settings one by one before the {@link Config} is built, as tests do; each value is checked at once. */
    public static final class Builder {
        private Settings settings;

        private Builder(Settings settings) {
            this.settings = settings;
        }

        public <T> Builder set(Setting<T> setting, T value) {
            settings = settings.with(setting, value);
            return this;
        }

        public Builder host(String host) {
            return set(ServerOptions.HOST, host);
        }

        public Builder port(int port) {
            return set(ServerOptions.PORT, port);
        }

        public Builder uds(Path uds) {
            return set(ServerOptions.UDS, uds);
        }

        public Builder lifespan(LifespanMode lifespan) {
            return set(AppOptions.LIFESPAN, lifespan);
        }

        public Builder rootPath(String rootPath) {
            return set(AppOptions.ROOT_PATH, rootPath);
        }

        public Builder factory(boolean factory) {
            return set(AppOptions.FACTORY, factory);
        }

        public Builder logLevel(LogLevel logLevel) {
            return set(LoggingOptions.LOG_LEVEL, logLevel);
        }

        public Builder accessLog(boolean accessLog) {
            return set(LoggingOptions.ACCESS_LOG, accessLog);
        }

        public Builder serverHeader(boolean serverHeader) {
            return set(ServerOptions.SERVER_HEADER, serverHeader);
        }

        public Builder dateHeader(boolean dateHeader) {
            return set(ServerOptions.DATE_HEADER, dateHeader);
        }

        public Builder timeoutKeepAlive(Duration timeout) {
            return set(TimeoutOptions.TIMEOUT_KEEP_ALIVE, timeout);
        }

        public Builder timeoutRead(Duration timeout) {
            return set(TimeoutOptions.TIMEOUT_READ, timeout);
        }

        public Builder timeoutGracefulShutdown(Duration timeout) {
            return set(TimeoutOptions.TIMEOUT_GRACEFUL_SHUTDOWN, timeout);
        }

        public Builder limitConcurrency(Integer limit) {
            return set(LimitOptions.LIMIT_CONCURRENCY, limit);
        }

        public Builder limitMaxRequests(Integer limit) {
            return set(LimitOptions.LIMIT_MAX_REQUESTS, limit);
        }

        public Builder h11MaxIncompleteEventSize(int bytes) {
            return set(ServerOptions.H11_MAX_INCOMPLETE_EVENT_SIZE, bytes);
        }

        public Builder backlog(int backlog) {
            return set(ServerOptions.BACKLOG, backlog);
        }

        public Builder header(String nameColonValue) {
            List<String> headers = new ArrayList<>(settings.get(ServerOptions.HEADERS));
            headers.add(nameColonValue);
            return set(ServerOptions.HEADERS, headers);
        }

        public Builder forwardedAllowIps(String ips) {
            return set(ProxyOptions.FORWARDED_ALLOW_IPS, ips);
        }

        /** All six WebSocket settings at once; zero ping durations mean none. */
        public Builder webSocket(WebSocketSettings ws) {
            set(WebSocketOptions.WS, ws.ws());
            set(WebSocketOptions.WS_MAX_SIZE, ws.maxSize());
            set(WebSocketOptions.WS_MAX_QUEUE, ws.maxQueue());
            set(WebSocketOptions.WS_PING_INTERVAL, ws.pingInterval().isZero() ? null : ws.pingInterval());
            set(WebSocketOptions.WS_PING_TIMEOUT, ws.pingTimeout().isZero() ? null : ws.pingTimeout());
            return set(WebSocketOptions.WS_PER_MESSAGE_DEFLATE, ws.perMessageDeflate());
        }

        public Builder proxyHeaders(boolean on) {
            return set(ProxyOptions.PROXY_HEADERS, on);
        }

        public Config build() {
            return new Config(settings);
        }
    }
}
