package dev.wharf.servlet.http;

import jakarta.servlet.http.Cookie;
import java.util.Map;

/**
 * Writes a {@link Cookie} as a {@code Set-Cookie} value in RFC 6265 form: {@code Max-Age} with the
 * matching {@code Expires} for older clients, and every attribute the application set ({@code SameSite},
 * {@code Partitioned}, ...) as given.
 */
public final class SetCookieHeader {

    private SetCookieHeader() {}

    public static String format(Cookie cookie) {
        StringBuilder header = new StringBuilder(cookie.getName()).append('=');
        String value = cookie.getValue();
        if (value != null) {
            header.append(value);
        }
        for (Map.Entry<String, String> attribute : cookie.getAttributes().entrySet()) {
            String name = attribute.getKey();
            String attributeValue = attribute.getValue();
            if (name.equalsIgnoreCase("Max-Age")) {
                int maxAge = Integer.parseInt(attributeValue);
                header.append("; Max-Age=").append(Math.max(maxAge, 0));
                long expires = maxAge <= 0 ? 0 : System.currentTimeMillis() + maxAge * 1000L;
                header.append("; Expires=").append(HttpDates.format(expires));
            } else if (name.equalsIgnoreCase("Secure") || name.equalsIgnoreCase("HttpOnly")) {
                if (!"false".equalsIgnoreCase(attributeValue)) {
                    header.append("; ").append(canonical(name));
                }
            } else if (attributeValue == null || attributeValue.isEmpty()) {
                header.append("; ").append(canonical(name));
            } else {
                header.append("; ").append(canonical(name)).append('=').append(attributeValue);
            }
        }
        return header.toString();
    }

    private static String canonical(String name) {
        return switch (name.toLowerCase()) {
            case "path" -> "Path";
            case "domain" -> "Domain";
            case "secure" -> "Secure";
            case "httponly" -> "HttpOnly";
            case "samesite" -> "SameSite";
            case "comment" -> "Comment";
            default -> name;
        };
    }
}
