package dev.wharf.config.catalog;

import dev.wharf.asgi.option.OptionTypes;
import dev.wharf.config.setting.Section;
import dev.wharf.config.setting.Setting;
import java.nio.file.Path;
import java.util.List;

/** Where the server listens and what every response carries. */
public final class ServerOptions {

    private ServerOptions() {}

    public static final Setting<String> HOST = Setting.define(
                    "host",
                    Section.SERVER,
                    OptionTypes.text(
                            "HOST",
                            "an IP address or host name, e.g. 127.0.0.1 or 0.0.0.0",
                            host -> host.isBlank() || host.chars().anyMatch(Character::isWhitespace)
                                    ? "is not a host"
                                    : null))
            .defaultValue("127.0.0.1")
            .help(
                    "The address to bind.",
                    "To reach the server from another machine or a container: use 0.0.0.0 (or :: for IPv6).",
                    "Binding 0.0.0.0 on a laptop on a shared network: the dev server is then open to everyone on it.")
            .build();

    public static final Setting<Integer> PORT = Setting.define(
                    "port", Section.SERVER, OptionTypes.integer(0, 65535, "PORT"))
            .defaultValue(8000)
            .help(
                    "The port to bind; 0 picks a free one (the startup line shows which).",
                    "When 8000 is taken, or several servers run side by side.",
                    "Choosing a port below 1024, which needs root on Linux and macOS.")
            .build();

    public static final Setting<Path> UDS = Setting.define("uds", Section.SERVER, OptionTypes.optionalPath())
            .help(
                    "Bind a Unix domain socket at this path instead of host and port; a stale socket file is replaced.",
                    "Behind a local proxy (nginx) on the same machine: no TCP port to manage.",
                    "Forgetting that the proxy's user needs write access to the socket's folder.")
            .build();

    public static final Setting<Integer> FD = Setting.define(
                    "fd", Section.SERVER, OptionTypes.optionalInteger(0, 65535))
            .defaultText("none (systemd's LISTEN_FDS when set)")
            .help(
                    "Serve on this inherited listening socket (a file descriptor number) instead of binding; host, port "
                            + "and uds are then ignored. Under systemd socket activation (LISTEN_FDS) it is found "
                            + "by itself.",
                    "Under systemd (a .socket unit) or another process manager that opens the port: the port is held "
                            + "while Wharf restarts, and privileged ports need no root.",
                    "Giving the number of a socket that is not listening (Accept=yes in the .socket unit hands over "
                            + "connections, not the listener).")
            .build();

    public static final Setting<Integer> METRICS_PORT = Setting.define(
                    "metrics_port", Section.SERVER, OptionTypes.optionalInteger(0, 65535))
            .defaultText("none (no metrics)")
            .help(
                    "Serve Prometheus metrics of every worker (requests, connections, 503s, bytes, heap, RSS, restarts, "
                            + "lifespan phase, HikariCP pool numbers), labelled by worker and generation, and the reload "
                            + "count, at /metrics on this port of --host; never on the app's port.",
                    "When Prometheus (or a Kubernetes ServiceMonitor) scrapes the service.",
                    "Binding it on 0.0.0.0 where the metrics should not be public: they name workers and counts.")
            .build();

    public static final Setting<Integer> BACKLOG = Setting.define(
                    "backlog", Section.SERVER, OptionTypes.integer(1, 65535))
            .defaultValue(2048)
            .help(
                    "How many connections may wait to be accepted.",
                    "Under bursts of new connections larger than the workers accept at once.",
                    "Raising it above the kernel's limit (net.core.somaxconn), which silently caps it.")
            .build();

    public static final Setting<Boolean> SERVER_HEADER = Setting.define(
                    "server_header", Section.SERVER, OptionTypes.bool())
            .defaultValue(true)
            .help(
                    "Send 'server: wharf' on every response (an app's own server header wins).",
                    "Turn it off when responses must not say what serves them.",
                    "Expecting it to hide the server: the response's shape still tells.")
            .build();

    public static final Setting<Boolean> DATE_HEADER = Setting.define("date_header", Section.SERVER, OptionTypes.bool())
            .defaultValue(true)
            .help(
                    "Send a 'date' header on every response, as HTTP/1.1 asks of servers with a clock.",
                    "Turn it off only when a proxy in front adds its own.",
                    "Turning it off and breaking caches that need it.")
            .build();

    public static final Setting<List<String>> HEADERS = Setting.define(
                    "headers",
                    Section.SERVER,
                    OptionTypes.list(
                            OptionTypes.text("NAME:VALUE", "NAME:VALUE, e.g. x-env:dev", ServerOptions::headerProblem),
                            "\n"))
            .flag("--header")
            .defaultValue(List.of())
            .help(
                    "A default header for every response, NAME:VALUE. Repeatable (one per line in the environment and the form).",
                    "To mark a dev server's responses (x-env: dev) or add a header every route needs.",
                    "Using it for per-route headers, which belong in the app.")
            .build();

    public static final Setting<Integer> H11_MAX_INCOMPLETE_EVENT_SIZE = Setting.define(
                    "h11_max_incomplete_event_size",
                    Section.SERVER,
                    OptionTypes.integer(1024, 16 * 1024 * 1024, "BYTES"))
            .defaultValue(16 * 1024)
            .help(
                    "The largest request line and header section accepted, in bytes; larger ones get 414 or 431.",
                    "When clients send large cookies or tokens.",
                    "Raising it a lot: every connection may then hold that much before the request is even read.")
            .build();

    public static final Setting<Boolean> HTTP2 = Setting.define("http2", Section.SERVER, OptionTypes.bool())
            .defaultValue(true)
            .help(
                    "Serve HTTP/2 besides HTTP/1.1: over TLS to clients that ask for h2 (ALPN), in clear text to clients "
                            + "that start with HTTP/2's preface (prior knowledge, curl --http2-prior-knowledge). Each stream "
                            + "is an ASGI http scope with http_version \"2\".",
                    "Turn it off to see how an app behaves behind an HTTP/1.1-only proxy, as under Uvicorn.",
                    "Expecting browsers to use it without TLS: they speak HTTP/2 only over https:// (use --ssl-dev).")
            .build();

    public static List<Setting<?>> all() {
        return List.of(
                HOST,
                PORT,
                UDS,
                FD,
                METRICS_PORT,
                BACKLOG,
                SERVER_HEADER,
                DATE_HEADER,
                HEADERS,
                H11_MAX_INCOMPLETE_EVENT_SIZE,
                HTTP2);
    }

    private static String headerProblem(String header) {
        int colon = header.indexOf(':');
        if (colon <= 0) {
            return "is not NAME:VALUE";
        }
        String name = header.substring(0, colon).strip();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= ' ' || c >= 127 || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) {
                return "has a header name with '" + c + "' in it";
            }
        }
        String value = header.substring(colon + 1);
        return value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0 ? "has a line break in its value" : null;
    }
}
