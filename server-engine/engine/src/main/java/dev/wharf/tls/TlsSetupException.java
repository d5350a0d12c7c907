package dev.wharf.tls;

import dev.wharf.config.setting.Setting;
import java.nio.file.Path;

/**
 * A TLS setting that cannot be served with: the setting, the file when there is one, and what is
 * wrong with it in words a user can act on. The command line exits with code 2 on it, as for any
 * bad setting.
 */
public final class TlsSetupException extends Exception {

    private final transient Setting<?> setting;
    private final transient Path file;

    public TlsSetupException(Setting<?> setting, Path file, String problem) {
        this(setting, file, problem, null);
    }

    public TlsSetupException(Setting<?> setting, Path file, String problem, Throwable cause) {
        super(setting.flag() + (file != null ? " " + file : "") + ": " + problem, cause);
        this.setting = setting;
        this.file = file;
    }

    /** The setting at fault. */
    public Setting<?> setting() {
        return setting;
    }

    /** The file at fault, or {@code null} when the value itself is. */
    public Path file() {
        return file;
    }
}
