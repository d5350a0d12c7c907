package dev.wharf.servlet.http;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;

/** Reads request {@code Cookie} headers ({@code a=1; b="two"}), as RFC 6265 has browsers send them. */
public final class CookieHeader {

    private CookieHeader() {}

    /** The cookies of every {@code Cookie} header, in order; pairs that are not a cookie are skipped. */
    public static List<Cookie> parse(List<String> headerValues) {
        List<Cookie> cookies = new ArrayList<>();
        for (String header : headerValues) {
            for (String pair : header.split(";")) {
                int equals = pair.indexOf('=');
                if (equals <= 0) {
                    continue;
                }
                String name = pair.substring(0, equals).strip();
                String value = pair.substring(equals + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                try {
                    cookies.add(new Cookie(name, value));
                } catch (IllegalArgumentException e) {
                    // A name the servlet API refuses (reserved or with separators): not a cookie it can represent.
                }
            }
        }
        return cookies;
    }
}
