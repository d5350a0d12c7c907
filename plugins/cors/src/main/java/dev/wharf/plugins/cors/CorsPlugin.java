package dev.wharf.plugins.cors;

import static dev.wharf.asgi.Bytes.bytes;

import dev.wharf.asgi.App;
import dev.wharf.asgi.Header;
import dev.wharf.asgi.HttpResponseBody;
import dev.wharf.asgi.HttpResponseStart;
import dev.wharf.asgi.HttpScope;
import dev.wharf.asgi.Send;
import dev.wharf.asgi.plugin.OptionValues;
import dev.wharf.asgi.plugin.Plugin;
import dev.wharf.asgi.plugin.PluginContext;
import dev.wharf.asgi.plugin.PluginOption;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code cors} plugin: cross-origin resource sharing as Starlette's {@code CORSMiddleware}
 * does it. A preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}) is answered here
 * and never reaches the app; other requests with an {@code Origin} reach the app, and its response
 * gets the CORS headers when the origin is allowed, none when it is not.
 *
 * <p>Requests without {@code Origin} (same-origin, curl) and non-HTTP scopes pass through untouched.
 */
public final class CorsPlugin implements Plugin {

    @Override
    public String id() {
        return "cors";
    }

    @Override
    public String description() {
        return "Answers CORS preflight requests and adds the CORS headers to responses for allowed origins.";
    }

    @Override
    public List<PluginOption<?>> options() {
        return CorsOptions.ALL;
    }

    @Override
    public App wrap(App app, PluginContext context) {
        OptionValues options = context.options();
        CorsPolicy policy = new CorsPolicy(
                options.get(CorsOptions.ALLOW_ORIGINS),
                options.get(CorsOptions.ALLOW_ORIGIN_REGEX),
                options.get(CorsOptions.ALLOW_METHODS),
                options.get(CorsOptions.ALLOW_HEADERS),
                options.get(CorsOptions.ALLOW_CREDENTIALS),
                options.get(CorsOptions.EXPOSE_HEADERS),
                options.get(CorsOptions.MAX_AGE).toSeconds());
        return (scope, receive, send) -> {
            Optional<String> origin = scope instanceof HttpScope http ? http.header("origin") : Optional.empty();
            if (origin.isEmpty()) {
                app.call(scope, receive, send);
                return;
            }
            HttpScope http = (HttpScope) scope;
            Optional<String> requestedMethod = http.header("access-control-request-method");
            if (http.method().equals("OPTIONS") && requestedMethod.isPresent()) {
                answerPreflight(policy, origin.get(), requestedMethod.get().strip(), requestedHeaders(http), send);
                return;
            }
            boolean allowed = policy.allowsOrigin(origin.get());
            app.call(scope, receive, message -> {
                if (message instanceof HttpResponseStart start) {
                    message = new HttpResponseStart(
                            start.status(),
                            allowed
                                    ? policy.actualResponseHeaders(start.headers(), origin.get())
                                    : policy.refusedResponseHeaders(start.headers()));
                }
                send.send(message);
            });
        };
    }

    /** 200 when the origin, method and headers are all allowed; else 400 naming what is not, as Starlette answers. */
    private static void answerPreflight(
            CorsPolicy policy, String origin, String method, List<String> headers, Send send)
            throws IOException, InterruptedException {
        List<String> failures = policy.preflightFailures(origin, method, headers);
        if (failures.isEmpty()) {
            send.send(new HttpResponseStart(200, policy.preflightHeaders(origin, headers)));
            send.send(new HttpResponseBody(bytes("OK")));
            return;
        }
        List<Header> responseHeaders = failures.contains("origin")
                ? policy.refusedResponseHeaders(List.of(Header.of("content-type", "text/plain; charset=utf-8")))
                : policy.preflightHeaders(origin, headers);
        send.send(new HttpResponseStart(400, responseHeaders));
        send.send(new HttpResponseBody(bytes("Disallowed CORS " + String.join(", ", failures))));
    }

    private static List<String> requestedHeaders(HttpScope scope) {
        return scope.header("access-control-request-headers")
                .map(value -> Arrays.stream(value.split(","))
                        .map(h -> h.strip().toLowerCase(Locale.ROOT))
                        .filter(h -> !h.isEmpty())
                        .toList())
                .orElse(List.of());
    }
}
