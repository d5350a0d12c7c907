package dev.wharf.asgi.option;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A plain Java JSON value written back as JSON, so a refused value is quoted in a message as the
 * file held it ({@code ["a"] is not a whole number}), not as Java prints a list.
 */
final class JsonText {

    private JsonText() {}

    static String of(Object json) {
        if (json == null) {
            return "null";
        }
        if (json instanceof String text) {
            return quoted(text);
        }
        if (json instanceof List<?> list) {
            return list.stream().map(JsonText::of).collect(Collectors.joining(",", "[", "]"));
        }
        if (json instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> quoted(String.valueOf(e.getKey())) + ":" + of(e.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        return json.toString();
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
