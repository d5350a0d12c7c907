package dev.wharf.supervisor.process;

import java.io.IOException;
import java.io.Reader;

/**
 * Lines of a worker's output, each at most {@link #MAX_CHARS} long: a longer one is cut there with
 * a marker and the rest of it skipped, so a worker that prints one endless line (a runaway app, a
 * binary dump) costs the supervisor 64 KiB, not its memory.
 */
final class BoundedLines {

    static final int MAX_CHARS = 64 * 1024;
    static final String CUT = " [... line cut at 64 KiB by Wharf]";

    private final Reader in;
    private final char[] buffer = new char[8192];
    private int next;
    private int end;

    BoundedLines(Reader in) {
        this.in = in;
    }

    /** The next line without its terminator, or {@code null} at the end of the stream. */
    String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean cut = false;
        while (true) {
            if (next == end) {
                end = in.read(buffer, 0, buffer.length);
                next = 0;
                if (end <= 0) {
                    end = 0;
                    return line.isEmpty() && !cut ? null : finish(line, cut);
                }
            }
            char c = buffer[next++];
            if (c == '\n') {
                return finish(line, cut);
            }
            if (line.length() < MAX_CHARS) {
                line.append(c);
            } else {
                cut = true;
            }
        }
    }

    /** Whether another line can be read without blocking. */
    boolean ready() throws IOException {
        return next < end || in.ready();
    }

    private static String finish(StringBuilder line, boolean cut) {
        int length = line.length();
        if (length > 0 && line.charAt(length - 1) == '\r') {
            line.setLength(length - 1);
        }
        return cut ? line + CUT : line.toString();
    }
}
