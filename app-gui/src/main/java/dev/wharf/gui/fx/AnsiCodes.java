package dev.wharf.gui.fx;

import java.util.regex.Pattern;

/**
 * Terminal colour and cursor codes ({@code ESC[0m}, {@code ESC[1;31m}) taken out of a line that a
 * program wrote for a terminal: Maven 3.8 writes resets even in batch mode with colour off, and an
 * app's logger may colour its lines. The window shows the words, never the codes.
 */
public final class AnsiCodes {

    private static final Pattern CODE = Pattern.compile("\u001B\\[[0-?]*[ -/]*[@-~]");

    private AnsiCodes() {}

    public static String strip(String line) {
        return line.indexOf('\u001B') < 0 ? line : CODE.matcher(line).replaceAll("");
    }
}
