package dev.wharf.installer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/** The few file-tree operations packaging needs: clearing an output folder jlink or jpackage would refuse, and measuring one. */
public final class Folders {

    private Folders() {}

    /** Deletes a folder and all it holds; nothing happens when it is not there. */
    public static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The bytes of every file below a folder, or of one file. */
    public static long size(Path path) {
        try (Stream<Path> paths = Files.walk(path)) {
            return paths.filter(Files::isRegularFile)
                    .mapToLong(file -> {
                        try {
                            return Files.size(file);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot measure " + path + ": " + e.getMessage(), e);
        }
    }

    /** A size as people read it: {@code 126.4 MB} (10^6 bytes, as file managers count). */
    public static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
