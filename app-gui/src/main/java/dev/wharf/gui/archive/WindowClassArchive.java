package dev.wharf.gui.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The packaged window's class-data archive. Its launcher has the JVM map the classes an earlier run
 * archived and, when there is no usable archive, write one as it exits
 * ({@code -XX:+AutoCreateSharedArchive}); the launcher names the file in {@value #PROPERTY}, and
 * {@code ./wharf} sets none (it keeps its own cache).
 *
 * <p>Two things the JVM leaves to the app. It makes no folder for the archive, and a JVM that cannot
 * write it exits with status 1, so the folder is made at every start, whatever the command. And it
 * archives whatever the run loaded: a {@code Wharf --version} before the first window would leave an
 * archive without JavaFX in it, which the JVM would keep using. So each start notes, beside a
 * missing archive, what this run is; a window that finds an archive a command made removes it (the
 * JVM keeps the copy it mapped), and the next window writes its own.
 */
public final class WindowClassArchive {

    public static final String PROPERTY = "wharf.window.archive";

    /** What a run of the launcher is, and so what the archive it writes would hold. */
    public enum Run {
        WINDOW, COMMAND
    }

    private WindowClassArchive() {
    }

    /** Prepares the archive the launcher names, if it names one; returns its path. */
    public static Optional<Path> prepare(Run run) {
        return prepare(System.getProperty(PROPERTY), run);
    }

    /**
     * Makes the archive's folder and notes, or clears, whose archive it is; empty when there is no
     * archive: no location, or one whose variable the launcher left unexpanded (its environment
     * lacked it), which would otherwise land in the working directory. Trouble with the folder only
     * costs the faster start, so it is not reported.
     */
    static Optional<Path> prepare(String location, Run run) {
        if (location == null || location.isBlank() || location.contains("$")) {
            return Optional.empty();
        }
        try {
            Path archive = Path.of(location);
            if (!archive.isAbsolute() || archive.getParent() == null) {
                return Optional.empty();
            }
            Files.createDirectories(archive.getParent());
            Path maker = archive.resolveSibling(archive.getFileName() + ".made-by");
            if (!Files.exists(archive)) {
                Files.writeString(maker, run.name());
            } else if (run == Run.WINDOW && !Run.WINDOW.name().equals(readQuietly(maker))) {
                Files.delete(archive);
                Files.writeString(maker, Run.WINDOW.name());
            }
            return Optional.of(archive);
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            return "";
        }
    }
}
