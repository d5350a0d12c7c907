package dev.wharf.logging;

/**
 * Client input made safe to print: control characters (C0, DEL and C1) become {@code \xNN}, so a
 * request cannot move the cursor, recolour or clear the terminal of whoever reads the log, nor
 * forge a log line with a newline of its own.
 */
public final class SafeText {

    private SafeText() {}

    public static String escape(CharSequence text) {
        if (text == null) {
            return "-";
        }
        int i = 0;
        while (i < text.length() && !isControl(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                out.append("\\x").append(Character.forDigit(c >> 4 & 0xf, 16)).append(Character.forDigit(c & 0xf, 16));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }
}
