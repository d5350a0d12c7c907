package dev.wharf.config;

import dev.wharf.asgi.option.OptionTypes;
import dev.wharf.config.setting.Section;
import dev.wharf.config.setting.Setting;
import java.time.Duration;
import java.util.List;

/**
 * The WebSocket protocol's limits and keep-alive pings: the {@link Section#WEBSOCKET} section of
 * the catalog. It sits beside {@link WebSocketMode} and {@link Config#webSocket()}, which builds the
 * protocol's settings from it, rather than in {@code catalog}: a catalog class using an enum of this
 * package would make the two packages depend on each other.
 */
public final class WebSocketOptions {

    private WebSocketOptions() {}

    public static final Setting<WebSocketMode> WS = Setting.define(
                    "ws", Section.WEBSOCKET, OptionTypes.choice(WebSocketMode.class))
            .defaultValue(WebSocketMode.AUTO)
            .help(
                    "Serve WebSocket upgrades (auto) or refuse them (none).",
                    "Turn it off for a plain HTTP API that must not hold long-lived connections.",
                    "Turning it off and wondering why the browser's WebSocket gets 404 or 400.")
            .build();

    public static final Setting<Integer> WS_MAX_SIZE = Setting.define(
                    "ws_max_size", Section.WEBSOCKET, OptionTypes.integer(1, Integer.MAX_VALUE, "BYTES"))
            .defaultValue(16 * 1024 * 1024)
            .help(
                    "The largest WebSocket message accepted, in bytes; a larger one closes the connection with 1009.",
                    "When clients send files or large JSON documents over the socket.",
                    "Raising it for uploads that would be better sent over HTTP.")
            .build();

    public static final Setting<Integer> WS_MAX_QUEUE = Setting.define(
                    "ws_max_queue", Section.WEBSOCKET, OptionTypes.integer(1, 1_000_000))
            .defaultValue(32)
            .help(
                    "How many received messages wait for the app before reading from the socket pauses. Reading also "
                            + "pauses once the waiting messages hold --ws-max-size bytes in all (inflated size), so a "
                            + "connection holds about two big messages, not this many times --ws-max-size.",
                    "When the app handles messages slower than a client sends them.",
                    "Expecting it to bound memory alone: the byte budget does, whatever this says.")
            .build();

    public static final Setting<Duration> WS_PING_INTERVAL = Setting.define(
                    "ws_ping_interval", Section.WEBSOCKET, OptionTypes.optionalSecondsAbove(Duration.ZERO))
            .defaultValue(Duration.ofSeconds(20))
            .help(
                    "Send a ping this often on each WebSocket; none sends none.",
                    "To keep connections through proxies that drop idle ones, and to notice dead peers.",
                    "Turning pings off behind a proxy with a short idle timeout: quiet sockets then get cut.")
            .build();

    public static final Setting<Duration> WS_PING_TIMEOUT = Setting.define(
                    "ws_ping_timeout", Section.WEBSOCKET, OptionTypes.optionalSecondsAbove(Duration.ZERO))
            .defaultValue(Duration.ofSeconds(20))
            .help(
                    "Close a WebSocket whose peer has not answered a ping within this time.",
                    "On mobile networks, where peers vanish without closing.",
                    "Making it shorter than a slow client's round trip: healthy connections then get closed.")
            .build();

    public static final Setting<Boolean> WS_PER_MESSAGE_DEFLATE = Setting.define(
                    "ws_per_message_deflate", Section.WEBSOCKET, OptionTypes.bool())
            .defaultValue(true)
            .help(
                    "Offer the permessage-deflate extension: compressed messages when the client asks for it.",
                    "Turn it off when messages are already compressed or CPU matters more than bandwidth.",
                    "Leaving it on for many tiny messages, where compression costs more than it saves.")
            .build();

    public static List<Setting<?>> all() {
        return List.of(WS, WS_MAX_SIZE, WS_MAX_QUEUE, WS_PING_INTERVAL, WS_PING_TIMEOUT, WS_PER_MESSAGE_DEFLATE);
    }
}
