package dev.wharf.plugins.requestinspector;

import dev.wharf.asgi.App;
import dev.wharf.asgi.HttpScope;
import dev.wharf.asgi.option.OptionCheck;
import dev.wharf.asgi.option.OptionHelp;
import dev.wharf.asgi.plugin.OptionValues;
import dev.wharf.asgi.plugin.Plugin;
import dev.wharf.asgi.plugin.PluginContext;
import dev.wharf.asgi.plugin.PluginOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code request-inspector} plugin: keeps the last requests and responses this worker served
 * (method, path, status, headers, truncated bodies, timings, errors) and publishes them through the
 * telemetry sink under {@code requests}, for the window's worker view. Each worker keeps its own,
 * as each worker is its own process.
 *
 * <p>It observes and never changes a message; the app's exception is recorded and raised again.
 */
public final class RequestInspectorPlugin implements Plugin {

    static final PluginOption<Integer> CAPACITY = PluginOption.integer(
                    "capacity",
                    50,
                    OptionHelp.of(
                            "How many of the latest requests each worker keeps.",
                            "Raise it to look further back while debugging a sequence of calls; each entry holds up to two bodies.",
                            "Expecting one list across workers: each worker keeps its own, so with 4 workers a request is in one of 4 lists."))
            .range(1, 1000);

    static final PluginOption<Integer> MAX_BODY_BYTES = PluginOption.integer(
                    "max_body_bytes",
                    2048,
                    OptionHelp.of(
                            "How many bytes of each request and response body are kept; the total size is always recorded.",
                            "Raise it to see whole JSON payloads; 0 keeps no body at all.",
                            "Raising it a lot with a large capacity: memory grows by capacity x 2 x this per worker."))
            .range(0, 1024 * 1024);

    static final PluginOption<List<String>> REDACT_HEADERS = PluginOption.list(
                    "redact_headers",
                    List.of("authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"),
                    OptionHelp.of(
                            "Headers whose values are shown as [redacted], so secrets never reach the window or its logs.",
                            "When the app uses its own secret header, such as X-Auth-Token: add it.",
                            "Setting the list to only your own header: the defaults are replaced, not extended, so list them too."))
            .check(OptionCheck.eachItem(
                    h -> h.matches("[A-Za-z0-9!#$%&'*+.^_`|~-]+"), "header names like Authorization"));

    @Override
    public String id() {
        return "request-inspector";
    }

    @Override
    public String description() {
        return "Keeps the last requests and responses of each worker, with headers, truncated bodies and timings, for the window.";
    }

    @Override
    public List<PluginOption<?>> options() {
        return List.of(CAPACITY, MAX_BODY_BYTES, REDACT_HEADERS);
    }

    @Override
    public App wrap(App app, PluginContext context) {
        OptionValues options = context.options();
        Set<String> redacted = options.get(REDACT_HEADERS).stream()
                .map(h -> h.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        InspectorSettings settings =
                new InspectorSettings(options.get(CAPACITY), options.get(MAX_BODY_BYTES), redacted);
        ExchangeLog log = new ExchangeLog(settings.capacity(), context.telemetry());
        return (scope, receive, send) -> {
            if (!(scope instanceof HttpScope http)) {
                app.call(scope, receive, send);
                return;
            }
            long id = log.nextId();
            InspectedExchange exchange = new InspectedExchange(http, receive, send, settings);
            Throwable error = null;
            try {
                app.call(scope, exchange, exchange);
            } catch (Exception | Error e) {
                error = e;
                throw e;
            } finally {
                log.add(exchange.record(id, error));
            }
        };
    }
}
