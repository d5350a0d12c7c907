package dev.wharf.servlet.mapping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The servlet mappings of one context, as the spec's selection rules read them: an exact match first, then
 * the longest matching prefix, then an extension, then the default servlet. Built while the application
 * starts and only read afterwards, by many request threads at once, without a lock.
 *
 * @param <T> what a pattern maps to (a servlet registration)
 */
public final class PathMap<T> {

    private record Entry<T>(UrlPattern pattern, T target, String name) {}

    // Replaced whole on each put (while the application starts), so requests read it without a lock.
    private volatile Map<String, Entry<T>> byPattern = Map.of();

    /** Maps {@code pattern}; returns {@code false} (and changes nothing) when it is already mapped. */
    public synchronized boolean put(String pattern, T target, String name) {
        UrlPattern parsed = UrlPattern.parse(pattern);
        if (byPattern.containsKey(pattern)) {
            return false;
        }
        Map<String, Entry<T>> next = new LinkedHashMap<>(byPattern);
        next.put(pattern, new Entry<>(parsed, target, name));
        byPattern = Collections.unmodifiableMap(next);
        return true;
    }

    public boolean contains(String pattern) {
        return byPattern.containsKey(pattern);
    }

    /**
     * Selects the target for {@code path}, a path within the context that starts with {@code /}.
     *
     * @return the match, or {@code null} when nothing (not even a default servlet) is mapped
     */
    public PathMatch<T> match(String path) {
        Map<String, Entry<T>> byPattern = this.byPattern;
        Entry<T> root = byPattern.get("");
        if (root != null && path.equals("/")) {
            return new PathMatch<>(root.target, root.pattern, "", "/", root.name);
        }
        Entry<T> exact = byPattern.get(path);
        if (exact != null && exact.pattern.kind() == jakarta.servlet.http.MappingMatch.EXACT) {
            return new PathMatch<>(exact.target, exact.pattern, path, null, exact.name);
        }
        Entry<T> prefix = longestPrefix(byPattern, path);
        if (prefix != null) {
            String servletPath = prefix.pattern.value();
            String pathInfo = path.length() > servletPath.length() ? path.substring(servletPath.length()) : null;
            return new PathMatch<>(prefix.target, prefix.pattern, servletPath, pathInfo, prefix.name);
        }
        String extension = UrlPattern.extensionOf(path);
        if (!extension.isEmpty()) {
            Entry<T> byExtension = byPattern.get("*." + extension);
            if (byExtension != null) {
                return new PathMatch<>(byExtension.target, byExtension.pattern, path, null, byExtension.name);
            }
        }
        Entry<T> fallback = byPattern.get("/");
        return fallback == null ? null : new PathMatch<>(fallback.target, fallback.pattern, path, null, fallback.name);
    }

    private static <T> Entry<T> longestPrefix(Map<String, Entry<T>> byPattern, String path) {
        Entry<T> best = null;
        for (Entry<T> entry : byPattern.values()) {
            if (entry.pattern.kind() == jakarta.servlet.http.MappingMatch.PATH
                    && entry.pattern.matches(path)
                    && (best == null
                            || entry.pattern.value().length()
                                    > best.pattern.value().length())) {
                best = entry;
            }
        }
        return best;
    }
}
