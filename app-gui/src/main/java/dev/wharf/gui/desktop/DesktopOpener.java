package dev.wharf.gui.desktop;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Opens an address or a file with the desktop's default program ({@code xdg-open}, {@code open},
 * {@code start}), answering whether that worked: JavaFX's own {@code showDocument} fails silently
 * where no browser is installed. Blocks up to a few seconds, so never on the FX thread.
 */
public final class DesktopOpener {

    private DesktopOpener() {}

    public static boolean open(String target) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("mac")
                ? List.of("open", target)
                : os.contains("win") ? List.of("cmd", "/c", "start", "", target) : List.of("xdg-open", target);
        return run(command);
    }

    /** Runs {@code command}; true when it started and, if it ended within a few seconds, ended well. */
    static boolean run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            // A launcher that hands over to a program already running ends at once; an editor in the
            // foreground runs on: still running after the wait counts as opened.
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                return true;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
