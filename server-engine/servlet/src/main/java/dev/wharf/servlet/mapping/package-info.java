/**
 * Servlet URL patterns (Servlet 6.1, chapter 12): which servlet a request path goes to, in the spec's order
 * (exact, longest prefix, extension, default), how the path splits into servlet path and path info, and
 * which filters a path matches. Knows nothing of servlets themselves: targets are opaque.
 */
package dev.wharf.servlet.mapping;
