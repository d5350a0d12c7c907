package dev.wharf.plugins.cors;

import dev.wharf.asgi.Header;
import dev.wharf.asgi.plugin.HeaderLists;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the cors plugin allows, read once from its options, and the CORS headers that follows from
 * it for one origin. Immutable, so every request thread shares one.
 *
 * <p>Header names and methods are kept as the Fetch standard compares them: methods as given (upper
 * case), header names in lower case. The CORS-safelisted request headers are always allowed, as a
 * browser never asks for them.
 */
final class CorsPolicy {

    static final List<String> ALL_METHODS = List.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT");
    private static final List<String> SAFELISTED_HEADERS =
            List.of("accept", "accept-language", "content-language", "content-type");

    private final boolean allowAllOrigins;
    private final Set<String> origins;
    private final Pattern originRegex;
    private final Set<String> methods;
    private final boolean allowAllHeaders;
    private final Set<String> headers;
    private final boolean credentials;
    private final List<String> exposeHeaders;
    private final long maxAgeSeconds;

    CorsPolicy(
            List<String> origins,
            String originRegex,
            List<String> methods,
            List<String> headers,
            boolean credentials,
            List<String> exposeHeaders,
            long maxAgeSeconds) {
        this.allowAllOrigins = origins.contains("*");
        this.origins = Set.copyOf(origins);
        this.originRegex = originRegex.isEmpty() ? null : Pattern.compile(originRegex);
        this.methods = methods.contains("*")
                ? new LinkedHashSet<>(ALL_METHODS)
                : new LinkedHashSet<>(
                        methods.stream().map(m -> m.toUpperCase(Locale.ROOT)).toList());
        this.allowAllHeaders = headers.contains("*");
        this.headers = new TreeSet<>(SAFELISTED_HEADERS);
        headers.stream()
                .filter(h -> !h.equals("*"))
                .map(h -> h.toLowerCase(Locale.ROOT))
                .forEach(this.headers::add);
        this.credentials = credentials;
        this.exposeHeaders = List.copyOf(exposeHeaders);
        this.maxAgeSeconds = maxAgeSeconds;
    }

    boolean allowsOrigin(String origin) {
        return allowAllOrigins
                || origins.contains(origin)
                || (originRegex != null && originRegex.matcher(origin).matches());
    }

    /**
     * Whether responses name the requesting origin rather than {@code *}: always with an explicit
     * list, and with credentials, since a browser refuses {@code *} on a credentialed response.
     * Such responses depend on {@code Origin}, so they say {@code Vary: Origin}.
     */
    private boolean echoesOrigin() {
        return !allowAllOrigins || credentials;
    }

    /** {@code headers} with what an actual (non-preflight) response to an allowed {@code origin} carries. */
    List<Header> actualResponseHeaders(List<Header> headers, String origin) {
        List<Header> result = allowOrigin(headers, origin);
        if (!exposeHeaders.isEmpty()) {
            result = HeaderLists.with(result, "access-control-expose-headers", String.join(", ", exposeHeaders));
        }
        return result;
    }

    /** A response to an origin that is not allowed carries no CORS header, only the {@code Vary} caches need. */
    List<Header> refusedResponseHeaders(List<Header> headers) {
        return echoesOrigin() ? HeaderLists.withVary(headers, "Origin") : headers;
    }

    /** Which parts of a preflight request are not allowed: "origin", "method", "headers"; empty when all are. */
    List<String> preflightFailures(String origin, String method, List<String> requestedHeaders) {
        List<String> failures = new ArrayList<>();
        if (!allowsOrigin(origin)) {
            failures.add("origin");
        }
        if (!methods.contains(method)) {
            failures.add("method");
        }
        if (!allowAllHeaders && requestedHeaders.stream().anyMatch(h -> !headers.contains(h))) {
            failures.add("headers");
        }
        return failures;
    }

    /** The headers of a preflight answer to an allowed origin. */
    List<Header> preflightHeaders(String origin, List<String> requestedHeaders) {
        List<Header> result = allowOrigin(List.of(Header.of("content-type", "text/plain; charset=utf-8")), origin);
        result = HeaderLists.with(result, "access-control-allow-methods", String.join(", ", methods));
        List<String> allowed = allowAllHeaders ? requestedHeaders : List.copyOf(headers);
        if (!allowed.isEmpty()) {
            result = HeaderLists.with(result, "access-control-allow-headers", String.join(", ", allowed));
        }
        return HeaderLists.with(result, "access-control-max-age", Long.toString(maxAgeSeconds));
    }

    private List<Header> allowOrigin(List<Header> headers, String origin) {
        List<Header> result = HeaderLists.with(headers, "access-control-allow-origin", echoesOrigin() ? origin : "*");
        if (credentials) {
            result = HeaderLists.with(result, "access-control-allow-credentials", "true");
        }
        return refusedResponseHeaders(result);
    }
}
