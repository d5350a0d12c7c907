package dev.wharf.plugins.livereload;

import dev.wharf.asgi.App;
import dev.wharf.asgi.HttpScope;
import dev.wharf.asgi.option.OptionHelp;
import dev.wharf.asgi.plugin.AppCode;
import dev.wharf.asgi.plugin.OptionValues;
import dev.wharf.asgi.plugin.Plugin;
import dev.wharf.asgi.plugin.PluginContext;
import dev.wharf.asgi.plugin.PluginOption;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code live-reload} plugin, as Spring DevTools' LiveReload and Vite's client do it: every
 * {@code text/html} response gets a small script that listens to the worker over server-sent events
 * at {@link #PATH}, and reloads the page when the worker hot-swaps the app's classes, or when,
 * after a new generation took over, it reconnects to code of another version than the page's.
 *
 * <p>It answers its own path and rewrites HTML responses; everything else passes through untouched.
 */
public final class LiveReloadPlugin implements Plugin {

    private static final Pattern SAFE_PATH = Pattern.compile("/[A-Za-z0-9/_.~-]*");

    static final PluginOption<String> PATH = PluginOption.string(
                    "path",
                    "/__wharf/live-reload",
                    OptionHelp.of(
                            "The path the plugin serves its event stream on; the injected script connects to it.",
                            "When the app has a route of its own at the default path, or sits behind a proxy that forwards only some paths.",
                            "Choosing a path the app serves: the plugin answers it first and the app's route is never reached."))
            .check(
                    path -> SAFE_PATH.matcher(path).matches(),
                    "a path starting with /, of letters, digits and / _ . ~ -");

    static final PluginOption<Duration> HEARTBEAT = PluginOption.seconds(
                    "heartbeat",
                    Duration.ofSeconds(15),
                    OptionHelp.of(
                            "How often an idle event stream sends a comment line, so that a page whose tab went away is noticed.",
                            "Behind a proxy that closes connections idle for less than the default 15 s.",
                            "Setting it very low: each open page then wakes the worker that often for nothing."))
            .range(1, 300);

    @Override
    public String id() {
        return "live-reload";
    }

    @Override
    public String description() {
        return "Reloads the browser's page after each hot swap or new generation: a small script in HTML pages listens to the worker.";
    }

    @Override
    public List<PluginOption<?>> options() {
        return List.of(PATH, HEARTBEAT);
    }

    @Override
    public App wrap(App app, PluginContext context) {
        OptionValues options = context.options();
        String path = options.get(PATH);
        AppCode code = context.code();
        ReloadChannel channel = new ReloadChannel();
        code.listen(channel);
        EventStream events = new EventStream(channel, code, options.get(HEARTBEAT));
        return (scope, receive, send) -> {
            if (!(scope instanceof HttpScope http)) {
                app.call(scope, receive, send);
            } else if (http.path().equals(path)) {
                events.serve(http, receive, send);
            } else {
                app.call(
                        scope,
                        receive,
                        new ScriptInjection(
                                send, http.method().equals("HEAD"), () -> ReloadScript.bytes(path, code.version())));
            }
        };
    }
}
