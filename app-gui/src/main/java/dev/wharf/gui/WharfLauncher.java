package dev.wharf.gui;

import dev.wharf.cli.Main;
import dev.wharf.config.setting.Setting;
import dev.wharf.gui.trace.GuiTrace;
import dev.wharf.startup.PackagedWindowArchive;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@code wharf} command as users run it: no arguments opens the window, anything else is the
 * command line ({@code wharf run …}, {@code wharf window --workers 4}, {@code --help}, {@code
 * --version}) exactly as the engine's {@link Main} has it. It touches no JavaFX class unless a window
 * is wanted, so {@code wharf run} starts as fast as without the GUI.
 */
public final class WharfLauncher {

    private WharfLauncher() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            int exit = openWindow(Map.of());
            if (exit != 0) {
                System.exit(exit);
            }
            return;
        }
        // `wharf window` knows whether it opens one only once its flags are read: a run that opens
        // none (--help, a refused value) prepares the class archive as a command's after the fact.
        boolean maybeWindow = args[0].equals("window");
        if (!maybeWindow) {
            PackagedWindowArchive.prepare(PackagedWindowArchive.Run.COMMAND, System.err);
        }
        AtomicBoolean opened = new AtomicBoolean();
        int exit = Main.execute(
                flags -> {
                    opened.set(true);
                    return openWindow(flags);
                },
                args);
        if (maybeWindow && !opened.get()) {
            PackagedWindowArchive.prepare(PackagedWindowArchive.Run.COMMAND, System.err);
        }
        if (opened.get() && exit == 0) {
            // As without arguments: the JVM ends once the window's own threads have.
            return;
        }
        System.exit(exit);
    }

    /** Opens the window with {@code flags} over every profile's values; returns once it has closed. */
    private static int openWindow(Map<Setting<?>, List<String>> flags) {
        Optional<String> problem = displayProblem(
                System.getenv(), System.getProperty("os.name", ""), System.getProperty("glass.platform"));
        if (problem.isPresent()) {
            // This run opens no window: what it loads is a command's, as far as the class archive goes.
            PackagedWindowArchive.prepare(PackagedWindowArchive.Run.COMMAND, System.err);
            System.err.println(problem.get());
            return 1;
        }
        GuiTrace.get()
                .mark("main", line -> line.put("pid", ProcessHandle.current().pid()));
        PackagedWindowArchive.prepare(PackagedWindowArchive.Run.WINDOW, System.err);
        WharfApp.open(flags);
        return 0;
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
