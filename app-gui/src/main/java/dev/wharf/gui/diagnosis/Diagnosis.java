package dev.wharf.gui.diagnosis;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a server or a worker failed, read from its message and last log lines: the app's class not
 * found in the app folders, the port in use, the app's own exception at startup. The detail is the
 * telling line whole (wrapped where it is shown, never cut), then the last lines for context.
 *
 * @param title     one line, what went wrong
 * @param detail    the reason and the last lines
 * @param busyPort  the port found in use, for the "use the next port" action
 */
public record Diagnosis(String title, String detail, OptionalInt busyPort) {

    private static final Pattern BIND = Pattern.compile("Could not bind to [^:\\s]+:(\\d+): address already in use");
    private static final int CONTEXT_LINES = 6;

    /** Reads {@code message} (the supervisor's reason, may be null) and {@code lastLines} (oldest first). */
    public static Diagnosis of(String message, List<String> lastLines) {
        String text = message == null ? "" : message;
        Matcher bind = BIND.matcher(text);
        if (bind.find()) {
            return new Diagnosis(
                    "Port " + bind.group(1) + " is in use", text, OptionalInt.of(Integer.parseInt(bind.group(1))));
        }
        String telling = telling(text, lastLines);
        String title;
        if (telling.contains("Could not find class") || telling.contains("ClassNotFoundException")) {
            title = "The app's class is not in the app folders (--app-dir)";
        } else if (telling.contains("Error loading ASGI app")) {
            title = "The app could not be loaded";
        } else if (telling.contains("Exception") || telling.contains("Error")) {
            title = "Startup failed with the app's exception";
        } else {
            title = text.isBlank() ? "The worker failed" : firstLine(text);
        }
        StringBuilder detail = new StringBuilder(telling);
        List<String> context = lastLines.subList(Math.max(0, lastLines.size() - CONTEXT_LINES), lastLines.size());
        if (!context.isEmpty()) {
            detail.append(detail.isEmpty() ? "" : "\n\n")
                    .append("Last lines:\n")
                    .append(String.join("\n", context));
        }
        return new Diagnosis(title, detail.toString(), OptionalInt.empty());
    }

    /** The line that says why: an import error or an exception of the app's, else the message. */
    private static String telling(String message, List<String> lastLines) {
        for (String line : lastLines) {
            if (line.contains("Error loading ASGI app")) {
                return line.strip();
            }
        }
        for (int i = lastLines.size() - 1; i >= 0; i--) {
            String line = lastLines.get(i);
            if (!line.startsWith("\tat ")
                    && !line.startsWith("  at ")
                    && line.matches(".*\\b\\w+(Exception|Error)\\b.*")) {
                return line.strip();
            }
        }
        return message.strip();
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
