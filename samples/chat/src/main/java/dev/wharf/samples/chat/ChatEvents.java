package dev.wharf.samples.chat;

/**
 * What the room says to the page, as small JSON objects, each stamped with the worker's pid:
 * {@code welcome} (to the tab that joined), {@code joined}, {@code said}, {@code left}.
 */
final class ChatEvents {

    private ChatEvents() {}

    /** To the tab that joined: who it is and how many are here, itself included. */
    static String welcome(long pid, String name, int members) {
        return presence("welcome", pid, name, members);
    }

    static String joined(long pid, String name, int members) {
        return presence("joined", pid, name, members);
    }

    static String left(long pid, String name, int members) {
        return presence("left", pid, name, members);
    }

    private static String presence(String type, long pid, String name, int members) {
        return "{\"type\":\"" + type + "\",\"pid\":" + pid + ",\"name\":" + quote(name) + ",\"members\":" + members
                + "}";
    }

    static String said(long pid, String name, String text) {
        return "{\"type\":\"said\",\"pid\":" + pid + ",\"name\":" + quote(name) + ",\"text\":" + quote(text) + "}";
    }

    /** A JSON string literal; quotes, backslashes and control characters go as JSON unicode escapes. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        text.chars().forEach(c -> {
            boolean escape = c < 0x20 || c == '"' || c == '\\' || c == 0x2028 || c == 0x2029;
            out.append(escape ? String.format("\\u%04x", c) : String.valueOf((char) c));
        });
        return out.append('"').toString();
    }
}
