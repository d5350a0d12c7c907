package dev.wharf.startup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;

/**
 * The packaged window's class-data archive. Its launcher's options are fixed when it is packaged,
 * so it cannot choose between recording and mapping an AOT cache: it has the JVM map the classes an
 * earlier run archived and, when there is no archive, write one as it exits (a
 * {@link DynamicArchive}). The packager names the file after the build ({@link CacheName#build})
 * and tells the app where it is in {@value #PROPERTY}; {@code ./wharf} sets none (its window has an
 * {@link AotCache}).
 *
 * <p>The JVM leaves four things to the app. It makes no folder for the archive, and a JVM that
 * cannot write it exits with status 1, so the folder is made at every start, whatever the command,
 * and a user is told when it cannot be. It refuses an archive whose jars have changed since but does
 * not write a new one, so an archive older than a jar is removed and the next run writes a fresh one.
 * It never removes an archive, so other builds' go as a {@link CacheFolder} has them go. And it
 * archives whatever the run loaded: a {@code Wharf --version} before the first window would leave an
 * archive without JavaFX in it, which the JVM would keep using. So a run that will write the archive
 * notes what it is as it exits (before the JVM writes), and a window that finds an archive a command
 * made removes it (the JVM keeps the copy it mapped); the next window writes its own.
 */
public final class PackagedWindowArchive {

    public static final String PROPERTY = "wharf.window.archive";

    private static final String MAKER_SUFFIX = ".made-by";

    /** What a run of the launcher is, and so what the archive it writes would hold. */
    public enum Run {
        WINDOW,
        COMMAND
    }

    /**
     * What {@link #prepare} found: the archive, and whether this run writes it as it exits (there was
     * none), in which case {@link #noteMaker} must run before the JVM writes it.
     */
    record Prepared(Path archive, boolean writesOnExit) {}

    private PackagedWindowArchive() {}

    /**
     * Prepares the archive the launcher names, if it names one, and has this run note what it is as
     * it exits if it writes the archive; says on {@code err} why the JVM will complain as it exits
     * when the archive cannot be written.
     */
    public static void prepare(Run run, PrintStream err) {
        String location = System.getProperty(PROPERTY);
        if (location == null) {
            return;
        }
        Optional<Prepared> prepared = prepare(location, System.getProperty("java.class.path", ""), run, Instant.now());
        if (prepared.isEmpty()) {
            err.println("Wharf cannot make the folder of the window's class archive, " + location + " (is HOME set and"
                    + " writable?), so Java will report an error as it exits. Run commands with wharf-cli instead.");
            return;
        }
        if (prepared.get().writesOnExit()) {
            Path archive = prepared.get().archive();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> noteMaker(archive, run), "wharf-archive-maker"));
        }
    }

    /**
     * Makes the archive's folder, clears what the JVM would refuse or keep wrongly, and tells whether
     * this run will write the archive; empty when the folder cannot be: a location whose variable the
     * launcher left unexpanded (its environment lacked it), or a folder that cannot be made.
     */
    static Optional<Prepared> prepare(String location, String classPath, Run run, Instant now) {
        if (location.isBlank() || location.contains("$")) {
            return Optional.empty();
        }
        try {
            Path archive = Path.of(location);
            if (!archive.isAbsolute() || archive.getParent() == null) {
                return Optional.empty();
            }
            Files.createDirectories(archive.getParent());
            CacheFolder.forgetOthers(archive.getParent(), CacheFolder.baseOf(archive), Optional.empty(), now);
            if (!Files.exists(archive)) {
                return Optional.of(new Prepared(archive, true));
            }
            Path maker = maker(archive);
            if (DynamicArchive.olderThanAJarOf(archive, classPath)) {
                // The JVM refused it: the next run, finding none, writes a fresh one.
                Files.delete(archive);
            } else if (run == Run.WINDOW && !Run.WINDOW.name().equals(readQuietly(maker))) {
                // A command's archive, without the window's classes: the next window writes its own.
                Files.delete(archive);
                Files.deleteIfExists(maker);
            } else if (run == Run.WINDOW) {
                Files.setLastModifiedTime(maker, FileTime.from(now));
            }
            return Optional.of(new Prepared(archive, false));
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Notes what run wrote the archive, as a run that started without one exits, just before the JVM writes it. */
    static void noteMaker(Path archive, Run run) {
        try {
            Files.writeString(maker(archive), run.name());
        } catch (IOException e) {
            // Without the note a window takes the archive for a command's and makes its own again.
        }
    }

    private static Path maker(Path archive) {
        return archive.resolveSibling(archive.getFileName() + MAKER_SUFFIX);
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            return "";
        }
    }
}
