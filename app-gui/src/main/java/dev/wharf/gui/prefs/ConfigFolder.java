package dev.wharf.gui.prefs;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Wharf keeps a user's profiles. The usual
 * place of each system: {@code $XDG_CONFIG_HOME/wharf} (else {@code ~/.config/wharf}) on Linux,
 * {@code ~/Library/Application Support/Wharf} on macOS, {@code %APPDATA%\Wharf} on Windows.
 * {@code WHARF_CONFIG_HOME} replaces it (a second set of profiles, or a clean first start).
 *
 * @param root the folder itself
 */
public record ConfigFolder(Path root) {

    public static ConfigFolder forThisUser() {
        return of(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static ConfigFolder of(Map<String, String> env, String osName, Path home) {
        String override = env.get("WHARF_CONFIG_HOME");
        if (present(override)) {
            return new ConfigFolder(Path.of(override));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return new ConfigFolder(
                    home.resolve("Library").resolve("Application Support").resolve("Wharf"));
        }
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = present(appData)
                    ? Path.of(appData)
                    : home.resolve("AppData").resolve("Roaming");
            return new ConfigFolder(base.resolve("Wharf"));
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
        Path base = present(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return new ConfigFolder(base.resolve("wharf"));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    public Path profiles() {
        return root.resolve("profiles");
    }
}
