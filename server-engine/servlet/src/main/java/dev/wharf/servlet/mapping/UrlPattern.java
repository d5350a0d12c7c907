package dev.wharf.servlet.mapping;

import jakarta.servlet.http.MappingMatch;

/**
 * One servlet URL pattern, classified once: {@code ""} (the context root), {@code /} (default),
 * {@code /x/*} (prefix), {@code *.x} (extension), or any other {@code /…} (exact).
 *
 * @param pattern the pattern as declared
 * @param kind    how it matches, in the servlet API's terms
 * @param value   what it is compared with: the exact path, the prefix without {@code /*}, or the extension
 *                without {@code *.}
 */
public record UrlPattern(String pattern, MappingMatch kind, String value) {

    /**
     * @throws IllegalArgumentException for a pattern the spec does not allow (a {@code *} elsewhere, or no
     *                                  leading {@code /})
     */
    public static UrlPattern parse(String pattern) {
        if (pattern == null) {
            throw new IllegalArgumentException("A URL pattern must not be null");
        }
        if (pattern.isEmpty()) {
            return new UrlPattern(pattern, MappingMatch.CONTEXT_ROOT, "");
        }
        if (pattern.equals("/")) {
            return new UrlPattern(pattern, MappingMatch.DEFAULT, "");
        }
        if (pattern.startsWith("*.") && pattern.indexOf('/') < 0 && pattern.indexOf('*', 1) < 0) {
            return new UrlPattern(pattern, MappingMatch.EXTENSION, pattern.substring(2));
        }
        if (pattern.startsWith("/") && pattern.endsWith("/*") && pattern.indexOf('*') == pattern.length() - 1) {
            return new UrlPattern(pattern, MappingMatch.PATH, pattern.substring(0, pattern.length() - 2));
        }
        if (pattern.startsWith("/") && pattern.indexOf('*') < 0) {
            return new UrlPattern(pattern, MappingMatch.EXACT, pattern);
        }
        throw new IllegalArgumentException("'" + pattern + "' is not a servlet URL pattern: use an exact path"
                + " (/login), a prefix (/api/*), an extension (*.do), / or the empty string");
    }

    /** Whether a path within the context (starting with {@code /}) matches, as a filter mapping asks. */
    public boolean matches(String path) {
        return switch (kind) {
            case CONTEXT_ROOT -> path.equals("/") || path.isEmpty();
            case DEFAULT -> true;
            case EXACT -> path.equals(value);
            case PATH -> path.equals(value) || path.startsWith(value + "/") || value.isEmpty();
            case EXTENSION -> extensionOf(path).equals(value);
        };
    }

    /** The extension of the last segment of {@code path}, or {@code ""}. */
    static String extensionOf(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash ? path.substring(dot + 1) : "";
    }
}
