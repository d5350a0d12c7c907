package dev.wharf.servlet.http;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code application/x-www-form-urlencoded}: how query strings and form bodies carry parameters. Values
 * are added to a map of lists, so a name given twice keeps both values in order.
 */
public final class FormEncoding {

    private FormEncoding() {}

    /** Adds the parameters of {@code encoded} ({@code a=1&b=2&a=3}) to {@code into}. */
    public static void parse(String encoded, Charset charset, Map<String, List<String>> into) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), charset);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), charset);
            into.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
    }

    private static String decode(String text, Charset charset) {
        try {
            return URLDecoder.decode(text, charset);
        } catch (IllegalArgumentException e) {
            // A stray '%' as browsers would never send it: keep the text as it came rather than fail the request.
            return text;
        }
    }
}
