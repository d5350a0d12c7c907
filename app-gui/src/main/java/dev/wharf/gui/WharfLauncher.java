package dev.wharf.gui;

import dev.wharf.cli.Main;
import dev.wharf.gui.trace.GuiTrace;
import dev.wharf.startup.PackagedWindowArchive;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code wharf} command as users run it: no arguments opens the window, anything else is the
 * command line ({@code wharf run …}, {@code --help}, {@code --version}) exactly as the engine's
 * {@link Main} has it. It touches no JavaFX class unless a window is wanted, so {@code wharf run}
 * starts as fast as without the GUI.
 */
public final class WharfLauncher {

    private WharfLauncher() {}

    public static void main(String[] args) {
        if (args.length > 0) {
            PackagedWindowArchive.prepare(PackagedWindowArchive.Run.COMMAND, System.err);
            System.exit(Main.execute(args));
            return;
        }
        Optional<String> problem = displayProblem(
                System.getenv(), System.getProperty("os.name", ""), System.getProperty("glass.platform"));
        if (problem.isPresent()) {
            // This run opens no window: what it loads is a command's, as far as the class archive goes.
            PackagedWindowArchive.prepare(PackagedWindowArchive.Run.COMMAND, System.err);
            System.err.println(problem.get());
            System.exit(1);
            return;
        }
        GuiTrace.get()
                .mark("main", line -> line.put("pid", ProcessHandle.current().pid()));
        PackagedWindowArchive.prepare(PackagedWindowArchive.Run.WINDOW, System.err);
        WharfApp.open();
    }

    /**
     * Why no window can open here, or empty. On Linux and the BSDs a window needs an X11 or Wayland
     * display; without one JavaFX would fail with a stack trace instead of saying what to do.
     */
    static Optional<String> displayProblem(Map<String, String> env, String osName, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || glassPlatform != null) {
            return Optional.empty();
        }
        if (!blank(env.get("DISPLAY")) || !blank(env.get("WAYLAND_DISPLAY"))) {
            return Optional.empty();
        }
        return Optional.of("""
                The Wharf window needs a display, and neither DISPLAY nor WAYLAND_DISPLAY is set.
                Run it in a desktop session (or under xvfb-run), or serve headless: wharf run lifecycle-lab (wharf --help lists the commands).""");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
