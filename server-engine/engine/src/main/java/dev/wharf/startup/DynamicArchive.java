package dev.wharf.startup;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

/**
 * A dynamic class-data archive (JDK 19+), for runtimes without the AOT cache and for a launcher
 * whose options are fixed when it is packaged: the first run to exit writes it
 * ({@code -XX:+AutoCreateSharedArchive}), every later one maps it. The JVM makes no folder for it,
 * and refuses an archive whose jars changed since without writing a new one; the name of a
 * {@link CacheName} changes with the jars, and {@link #olderThanAJarOf} finds an archive of a fixed
 * name that the JVM would refuse.
 */
final class DynamicArchive implements StartupCache {

    private final List<String> flags;

    DynamicArchive(Path archive) {
        this.flags = flags(archive.toString());
    }

    /** The archive's own notes (classes it skips) are of no use to a user reading a program's log. */
    static List<String> flags(String archive) {
        return List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off");
    }

    @Override
    public List<String> flagsForNextRun() {
        return flags;
    }

    @Override
    public void runExited(List<String> flags) {
        // The JVM itself wrote what it had to as it exited.
    }

    /** Whether a jar of the class path changed after the archive was written: the JVM would refuse it. */
    static boolean olderThanAJarOf(Path archive, String classPath) throws IOException {
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
}
