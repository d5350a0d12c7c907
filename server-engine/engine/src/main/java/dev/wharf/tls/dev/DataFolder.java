package dev.wharf.tls.dev;

import java.nio.file.Path;

/** Wharf's per-user data folder: kept, unlike the cache folder, since browsers come to trust what is in it. */
public final class DataFolder {

    private DataFolder() {}

    /** The {@code wharf.dataFolder} system property (tests), {@code $XDG_DATA_HOME/wharf}, else {@code ~/Library/Application Support/Wharf} on macOS, else {@code ~/.local/share/wharf}. */
    public static Path ofUser() {
        String override = System.getProperty("wharf.dataFolder");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "wharf");
        }
        Path home = Path.of(System.getProperty("user.home"));
        if (System.getProperty("os.name", "").toLowerCase().contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Wharf");
        }
        return home.resolve(".local").resolve("share").resolve("wharf");
    }
}
