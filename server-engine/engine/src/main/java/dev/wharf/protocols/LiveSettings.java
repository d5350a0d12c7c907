package dev.wharf.protocols;

import dev.wharf.config.Config;
import dev.wharf.middleware.proxyheaders.ProxyHeaders;
import dev.wharf.server.Server;
import java.time.Duration;

/**
 * The settings a running worker takes without a restart, read by every connection on every
 * request. Each is a volatile field written by {@link Server#applySettings} and read by event
 * loops and request threads; a request sees either the old value or the new one, never a mix
 * within one setting.
 */
public final class LiveSettings {

    /** No limit: a number no count reaches. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    private volatile long keepAliveTimeoutNanos;
    private volatile long readTimeoutNanos;
    private volatile int concurrencyLimit;
    private volatile ProxyHeaders proxyHeaders;
    private volatile boolean accessLog;
    private volatile Duration gracefulShutdownTimeout;

    public LiveSettings(Config config) {
        update(config);
    }

    public void update(Config config) {
        keepAliveTimeoutNanos = config.timeoutKeepAlive().toNanos();
        readTimeoutNanos = config.timeoutRead().toNanos();
        concurrencyLimit = config.limitConcurrency() == null ? UNLIMITED : config.limitConcurrency();
        proxyHeaders = config.proxyHeaders();
        accessLog = config.accessLog();
        gracefulShutdownTimeout = config.timeoutGracefulShutdown();
    }

    public long keepAliveTimeoutNanos() {
        return keepAliveTimeoutNanos;
    }

    /** How long a request body may make no progress before the connection is closed. */
    public long readTimeoutNanos() {
        return readTimeoutNanos;
    }

    /** Connections and requests in progress past which requests get 503; {@link #UNLIMITED} for none. */
    public int concurrencyLimit() {
        return concurrencyLimit;
    }

    public ProxyHeaders proxyHeaders() {
        return proxyHeaders;
    }

    public boolean accessLog() {
        return accessLog;
    }

    /** {@code null}: wait for every request in flight. */
    public Duration gracefulShutdownTimeout() {
        return gracefulShutdownTimeout;
    }
}
