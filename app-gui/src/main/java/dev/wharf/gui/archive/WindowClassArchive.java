package dev.wharf.gui.archive;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

/**
 * The packaged window's class-data archive. Its launcher has the JVM map the classes an earlier run
 * archived and, when there is no archive, write one as it exits ({@code -XX:+AutoCreateSharedArchive});
 * the launcher names the file in {@value #PROPERTY}, after the build it belongs to, and
 * {@code ./wharf} sets none (it keeps its own cache).
 *
 * <p>The JVM leaves three things to the app. It makes no folder for the archive, and a JVM that
 * cannot write it exits with status 1, so the folder is made at every start, whatever the command.
 * It refuses an archive whose jars have changed since, but does not write a new one, so an archive
 * older than a jar is removed and the next run writes a fresh one (archives of other builds, named
 * differently, are removed too). And it archives whatever the run loaded: a {@code Wharf --version}
 * before the first window would leave an archive without JavaFX in it, which the JVM would keep
 * using. So each start notes, beside a missing archive, what this run is; a window that finds an
 * archive a command made removes it (the JVM keeps the copy it mapped), and the next window writes
 * its own.
 */
public final class WindowClassArchive {

    public static final String PROPERTY = "wharf.window.archive";

    private static final String MAKER_SUFFIX = ".made-by";

    /** What a run of the launcher is, and so what the archive it writes would hold. */
    public enum Run {
        WINDOW, COMMAND
    }

    private WindowClassArchive() {
    }

    /** Prepares the archive the launcher names, if it names one; returns its path. */
    public static Optional<Path> prepare(Run run) {
        return prepare(System.getProperty(PROPERTY), System.getProperty("java.class.path", ""), run);
    }

    /**
     * Makes the archive's folder, clears what the JVM would refuse or keep wrongly, and notes whose
     * archive this run writes; empty when there is no archive: no location, or one whose variable the
     * launcher left unexpanded (its environment lacked it), which would otherwise land in the working
     * directory. Trouble with the folder only costs the faster start, so it is not reported.
     */
    static Optional<Path> prepare(String location, String classPath, Run run) {
        if (location == null || location.isBlank() || location.contains("$")) {
            return Optional.empty();
        }
        try {
            Path archive = Path.of(location);
            if (!archive.isAbsolute() || archive.getParent() == null) {
                return Optional.empty();
            }
            Files.createDirectories(archive.getParent());
            removeOtherBuildsArchives(archive);
            Path maker = archive.resolveSibling(archive.getFileName() + MAKER_SUFFIX);
            if (Files.exists(archive) && olderThanAJarOf(archive, classPath)) {
                Files.delete(archive);
            }
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

    private static void removeOtherBuildsArchives(Path archive) throws IOException {
        String own = archive.getFileName().toString();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(archive.getParent(), "*.jsa{," + MAKER_SUFFIX + "}")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!name.equals(own) && !name.equals(own + MAKER_SUFFIX)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Whether a jar of the class path changed after the archive was written: the JVM would refuse it. */
    private static boolean olderThanAJarOf(Path archive, String classPath) throws IOException {
        FileTime written = Files.getLastModifiedTime(archive);
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path jar = Path.of(entry);
            if (Files.isRegularFile(jar) && Files.getLastModifiedTime(jar).compareTo(written) > 0) {
                return true;
            }
        }
        return false;
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            return "";
        }
    }
}
