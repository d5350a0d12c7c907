package dev.wharf.cli;

import dev.wharf.config.setting.Setting;
import java.util.List;
import java.util.Map;

/**
 * What {@code wharf window} hands its flags to: the window, which the engine does not know (the GUI
 * module passes itself to {@link Main#execute(WindowOpener, String...)}).
 */
@FunctionalInterface
public interface WindowOpener {

    /** A Wharf without its window: the engine's jars alone, as benchmarks and tests run it. */
    WindowOpener NONE = flags -> {
        System.err.println("This Wharf has no window (its GUI module is not on the class path): "
                + "serve headless with `wharf run APP`.");
        return 1;
    };

    /**
     * Opens the window with {@code flags} over every profile's values; returns the exit code once it
     * has closed.
     *
     * @param flags the flags given, per setting, one item per occurrence, each already accepted by
     *              its setting's type
     */
    int open(Map<Setting<?>, List<String>> flags);
}
