package dev.wharf.servlet.request;

import dev.wharf.asgi.Header;
import dev.wharf.servlet.http.HttpDates;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The ASGI headers (names lower-case, values ISO-8859-1) looked up as the servlet API asks: by any case. */
final class RequestHeaders {

    private final List<Header> headers;

    RequestHeaders(List<Header> headers) {
        this.headers = headers;
    }

    String first(String name) {
        for (Header header : headers) {
            if (header.nameIs(name)) {
                return header.valueText();
            }
        }
        return null;
    }

    List<String> all(String name) {
        List<String> values = new ArrayList<>();
        for (Header header : headers) {
            if (header.nameIs(name)) {
                values.add(header.valueText());
            }
        }
        return values;
    }

    Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        for (Header header : headers) {
            names.add(header.nameText());
        }
        return names;
    }

    int intValue(String name) {
        String value = first(name);
        return value == null ? -1 : Integer.parseInt(value.strip());
    }

    long dateValue(String name) {
        String value = first(name);
        return value == null ? -1 : HttpDates.parse(value);
    }
}
