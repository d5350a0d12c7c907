package dev.wharf.servlet.response;

import dev.wharf.asgi.Header;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;

/** Response headers in the order set, names compared ignoring case, a name possibly given many times. */
final class ResponseHeaders {

    private record Field(String name, String value) {}

    private final List<Field> fields = new ArrayList<>();

    void set(String name, String value) {
        remove(name);
        if (value != null) {
            fields.add(new Field(name, value));
        }
    }

    void add(String name, String value) {
        if (value != null) {
            fields.add(new Field(name, value));
        }
    }

    void remove(String name) {
        fields.removeIf(field -> field.name.equalsIgnoreCase(name));
    }

    boolean contains(String name) {
        return fields.stream().anyMatch(field -> field.name.equalsIgnoreCase(name));
    }

    String first(String name) {
        for (Field field : fields) {
            if (field.name.equalsIgnoreCase(name)) {
                return field.value;
            }
        }
        return null;
    }

    List<String> all(String name) {
        List<String> values = new ArrayList<>();
        for (Field field : fields) {
            if (field.name.equalsIgnoreCase(name)) {
                values.add(field.value);
            }
        }
        return values;
    }

    List<String> names() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        Iterator<Field> iterator = fields.iterator();
        while (iterator.hasNext()) {
            String name = iterator.next().name;
            if (names.stream().noneMatch(name::equalsIgnoreCase)) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    void clear() {
        fields.clear();
    }

    /** The ASGI header list, values encoded as ISO-8859-1 as HTTP/1.1 fields are. */
    List<Header> toAsgi() {
        List<Header> headers = new ArrayList<>(fields.size() + 3);
        for (Field field : fields) {
            headers.add(Header.of(field.name, field.value));
        }
        return headers;
    }
}
