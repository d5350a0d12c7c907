package dev.wharf.plugins.gzip;

import dev.wharf.asgi.App;
import dev.wharf.asgi.HttpScope;
import dev.wharf.asgi.option.OptionCheck;
import dev.wharf.asgi.option.OptionHelp;
import dev.wharf.asgi.plugin.OptionValues;
import dev.wharf.asgi.plugin.Plugin;
import dev.wharf.asgi.plugin.PluginContext;
import dev.wharf.asgi.plugin.PluginOption;
import java.util.List;

/**
 * The {@code gzip} plugin: compresses HTTP responses for clients whose {@code Accept-Encoding}
 * allows it, as Starlette's {@code GZipMiddleware} does, but streamed: each body chunk the app
 * sends is compressed and flushed on its own, so a streamed response is never held back whole.
 *
 * <p>It touches only {@code http.response.*} messages; other scopes pass through untouched.
 */
public final class GzipPlugin implements Plugin {

    static final PluginOption<Integer> MINIMUM_SIZE = PluginOption.integer(
                    "minimum_size",
                    500,
                    OptionHelp.of(
                            "Responses whose size is known and smaller than this many bytes are sent uncompressed.",
                            "Compressing a few hundred bytes costs more time than it saves; raise it for APIs with many small answers.",
                            "Setting it to 0: tiny bodies grow by gzip's 20 bytes of framing instead of shrinking."))
            .atLeast(0);

    static final PluginOption<Integer> LEVEL = PluginOption.integer(
                    "level",
                    6,
                    OptionHelp.of(
                            "Compression level, from 1 (fastest) to 9 (smallest).",
                            "On a busy server the CPU time per response matters more than the last percent of size.",
                            "Choosing 9 by reflex: it costs several times the CPU of 6 for bodies a few percent smaller."))
            .range(1, 9);

    static final PluginOption<List<String>> CONTENT_TYPES = PluginOption.list(
                    "content_types",
                    ContentTypes.DEFAULT,
                    OptionHelp.of(
                            "Media types to compress, such as text/* or application/json; * matches any part of a subtype.",
                            "When an app serves a type not on the default list that compresses well (CSV as text/csv is covered by text/*).",
                            "Adding images, video, fonts in woff2 or zip files: they are compressed already and gzip only spends CPU."))
            .check(OptionCheck.eachItem(ContentTypes::isPattern, "media types like text/* or application/json"));

    @Override
    public String id() {
        return "gzip";
    }

    @Override
    public String description() {
        return "Compresses responses with gzip for clients that accept it, chunk by chunk when they are streamed.";
    }

    @Override
    public List<PluginOption<?>> options() {
        return List.of(MINIMUM_SIZE, LEVEL, CONTENT_TYPES);
    }

    @Override
    public App wrap(App app, PluginContext context) {
        OptionValues options = context.options();
        GzipSettings settings = new GzipSettings(
                options.get(MINIMUM_SIZE), options.get(LEVEL), new ContentTypes(options.get(CONTENT_TYPES)));
        return (scope, receive, send) -> {
            if (!(scope instanceof HttpScope http)) {
                app.call(scope, receive, send);
                return;
            }
            GzipResponse response = new GzipResponse(
                    send,
                    settings,
                    AcceptEncoding.allowsGzip(http),
                    http.method().equals("HEAD"));
            try {
                app.call(scope, receive, response);
            } finally {
                response.release();
            }
        };
    }
}
