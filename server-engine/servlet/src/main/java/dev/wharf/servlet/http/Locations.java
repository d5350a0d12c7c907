package dev.wharf.servlet.http;

import java.net.URI;

/** Makes a redirect's location absolute against the request's URL, as {@code sendRedirect} must. */
public final class Locations {

    private Locations() {}

    /**
     * @param requestUrl the request's URL ({@code getRequestURL()})
     * @param requestUri its path ({@code getRequestURI()}), the tail of {@code requestUrl}
     * @param location   absolute, network-path ({@code //host/x}), absolute-path ({@code /x}) or relative
     */
    public static String absolute(String requestUrl, String requestUri, String location) {
        try {
            return URI.create(requestUrl).resolve(location).toString();
        } catch (IllegalArgumentException e) {
            // Not a valid URI reference (spaces and the like): join by hand, as the client will read it.
            if (location.startsWith("/")) {
                return requestUrl.substring(0, requestUrl.length() - requestUri.length()) + location;
            }
            return requestUrl.substring(0, requestUrl.lastIndexOf('/') + 1) + location;
        }
    }
}
