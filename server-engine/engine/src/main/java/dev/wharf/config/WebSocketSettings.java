package dev.wharf.config;

import java.time.Duration;
import java.util.Objects;

/**
 * The WebSocket settings of Uvicorn's {@code Config}, under Uvicorn's names and with its defaults:
 * {@code ws}, {@code ws_max_size}, {@code ws_max_queue}, {@code ws_ping_interval},
 * {@code ws_ping_timeout} and {@code ws_per_message_deflate}. Validated here, once.
 *
 * @param ws                   {@code ws}: {@link WebSocketMode#AUTO} serves WebSocket upgrades, {@link WebSocketMode#NONE} refuses them
 * @param maxSize              {@code ws_max_size}: the largest incoming message in bytes; a bigger one closes the
 *                             connection with 1009
 * @param maxQueue             {@code ws_max_queue}: incoming messages held for the app before the server stops
 *                             reading from the socket
 * @param pingInterval         {@code ws_ping_interval}: how often the server pings an open WebSocket; zero: never
 * @param pingTimeout          {@code ws_ping_timeout}: how long a ping may go unanswered before the connection is
 *                             closed; zero: forever
 * @param perMessageDeflate    {@code ws_per_message_deflate}: whether the permessage-deflate extension is offered
 */
public record WebSocketSettings(
        WebSocketMode ws,
        int maxSize,
        int maxQueue,
        Duration pingInterval,
        Duration pingTimeout,
        boolean perMessageDeflate) {

    public WebSocketSettings {
        Objects.requireNonNull(ws, "ws");
        Objects.requireNonNull(pingInterval, "pingInterval");
        Objects.requireNonNull(pingTimeout, "pingTimeout");
        if (maxSize < 1) {
            throw new IllegalArgumentException("ws-max-size: " + maxSize + " bytes must be at least 1");
        }
        if (maxQueue < 1) {
            throw new IllegalArgumentException("ws-max-queue: " + maxQueue + " messages must be at least 1");
        }
        if (pingInterval.isNegative()) {
            throw new IllegalArgumentException(
                    "ws-ping-interval: " + seconds(pingInterval) + " s must not be negative; use 0 for no pings");
        }
        if (pingTimeout.isNegative()) {
            throw new IllegalArgumentException(
                    "ws-ping-timeout: " + seconds(pingTimeout) + " s must not be negative; use 0 to wait forever");
        }
    }

    /** The settings model's defaults (Uvicorn's): auto, 16 MiB, 32 messages, pings every 20 s answered within 20 s, deflate on. */
    public static WebSocketSettings defaults() {
        return new Config(Settings.defaults()).webSocket();
    }

    public WebSocketSettings withWs(WebSocketMode ws) {
        return new WebSocketSettings(ws, maxSize, maxQueue, pingInterval, pingTimeout, perMessageDeflate);
    }

    public WebSocketSettings withMaxSize(int maxSize) {
        return new WebSocketSettings(ws, maxSize, maxQueue, pingInterval, pingTimeout, perMessageDeflate);
    }

    public WebSocketSettings withMaxQueue(int maxQueue) {
        return new WebSocketSettings(ws, maxSize, maxQueue, pingInterval, pingTimeout, perMessageDeflate);
    }

    public WebSocketSettings withPings(Duration pingInterval, Duration pingTimeout) {
        return new WebSocketSettings(ws, maxSize, maxQueue, pingInterval, pingTimeout, perMessageDeflate);
    }

    public WebSocketSettings withPerMessageDeflate(boolean perMessageDeflate) {
        return new WebSocketSettings(ws, maxSize, maxQueue, pingInterval, pingTimeout, perMessageDeflate);
    }

    /** Whether the server pings open WebSockets at all. */
    public boolean pings() {
        return !pingInterval.isZero();
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
