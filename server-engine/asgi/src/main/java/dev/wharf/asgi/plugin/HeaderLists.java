package dev.wharf.asgi.plugin;

import dev.wharf.asgi.Header;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Edits of an ASGI {@code headers} list that middleware keeps needing when it rewrites an
 * {@code http.response.start}: read a header, drop some, set one, add a field to {@code Vary}.
 * Each returns a new list and leaves the given one alone, as the app may still hold it.
 */
public final class HeaderLists {

    private HeaderLists() {}

    /** The first value of header {@code name} (case-insensitive), as ISO-8859-1 text. */
    public static Optional<String> first(List<Header> headers, String name) {
        for (Header header : headers) {
            if (header.nameIs(name)) {
                return Optional.of(header.valueText());
            }
        }
        return Optional.empty();
    }

    /** The list without any header of these names. */
    public static List<Header> without(List<Header> headers, String... names) {
        List<Header> kept = new ArrayList<>(headers.size());
        for (Header header : headers) {
            boolean drop = false;
            for (String name : names) {
                drop |= header.nameIs(name);
            }
            if (!drop) {
                kept.add(header);
            }
        }
        return kept;
    }

    /** The list with header {@code name} set to {@code value}, replacing any it had. */
    public static List<Header> with(List<Header> headers, String name, String value) {
        List<Header> result = without(headers, name);
        result.add(Header.of(name, value));
        return result;
    }

    /**
     * The list with {@code field} named in {@code Vary}, merged into the {@code Vary} it has, so a
     * cache keeps the variants apart. {@code Vary: *} already covers every field.
     */
    public static List<Header> withVary(List<Header> headers, String field) {
        List<String> fields = new ArrayList<>();
        for (Header header : headers) {
            if (header.nameIs("vary")) {
                for (String item : header.valueText().split(",")) {
                    if (!item.isBlank()) {
                        fields.add(item.strip());
                    }
                }
            }
        }
        String wanted = field.toLowerCase(Locale.ROOT);
        if (fields.stream()
                .anyMatch(f -> f.equals("*") || f.toLowerCase(Locale.ROOT).equals(wanted))) {
            return new ArrayList<>(headers);
        }
        fields.add(field);
        return with(headers, "vary", String.join(", ", fields));
    }
}
