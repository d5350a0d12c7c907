package dev.wharf.servlet.mapping;

import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.MappingMatch;

/**
 * Where a request path landed: the target, and the path split the way {@code getServletPath()} and
 * {@code getPathInfo()} report it.
 *
 * @param target      what the pattern was mapped to
 * @param pattern     the pattern that matched
 * @param servletPath the part of the path that selected the target
 * @param pathInfo    the rest, or {@code null}
 * @param targetName  the target's name, for {@link HttpServletMapping#getServletName()}
 */
public record PathMatch<T>(T target, UrlPattern pattern, String servletPath, String pathInfo, String targetName)
        implements HttpServletMapping {

    @Override
    public String getMatchValue() {
        return switch (pattern.kind()) {
            case CONTEXT_ROOT, DEFAULT -> "";
            case EXACT -> servletPath.substring(1);
            case PATH -> pathInfo == null ? "" : pathInfo.substring(1);
            case EXTENSION ->
                servletPath.substring(1, servletPath.length() - pattern.value().length() - 1);
        };
    }

    @Override
    public String getPattern() {
        return pattern.pattern();
    }

    @Override
    public String getServletName() {
        return targetName;
    }

    @Override
    public MappingMatch getMappingMatch() {
        return pattern.kind();
    }
}
