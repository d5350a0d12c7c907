package dev.wharf.startup;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where start-up caches live, and when one goes. A cache is tens of MB and each build of Wharf
 * makes its own, while the JVM removes none. One made from older jars of the same program and
 * place is of no further use (the JVM would refuse it) and goes at once; any other, another
 * checkout's or an installed Wharf's beside this one, goes once unused for {@link #UNUSED_FOR}, so
 * that two builds used in turn keep theirs. A cache is the files whose names share what comes
 * before the first dot ({@code .aot}, {@code .aotconf}, {@code .lock}, {@code .jsa},
 * {@code .jsa.made-by}, ...); its last use is the newest of their times, and a run that uses a
 * cache marks it so.
 */
public final class CacheFolder {

    /** How long a cache of another build or place is kept without being used. */
    public static final Duration UNUSED_FOR = Duration.ofDays(14);

    /** What the files of a cache end with; any other file in the folder is left alone. */
    private static final List<String> CACHE_FILES =
            List.of(".aot", ".aot.tmp", ".aotconf", ".lock", ".jsa", ".jsa.made-by");

    private CacheFolder() {}

    /**
     * The user's folder of Wharf's caches: {@code $XDG_CACHE_HOME/wharf}, else {@code ~/.cache/wharf}.
     * (The packaged window's launcher cannot read a variable with a fallback, so its archive's folder
     * is fixed when it is packaged: see {@link PackagedWindowArchive}.)
     */
    public static Path ofUser() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        return xdg != null && !xdg.isBlank()
                ? Path.of(xdg, "wharf")
                : Path.of(System.getProperty("user.home"), ".cache", "wharf");
    }

    /** Marks {@code file}, if it exists, as used now, so that no other build's run removes it. */
    static void markUsed(Path file, Instant now) throws IOException {
        try {
            Files.setLastModifiedTime(file, FileTime.from(now));
        } catch (NoSuchFileException e) {
            // Nothing made yet: nothing to keep.
        }
    }

    /**
     * Removes the caches in {@code folder} that {@code mine} supersedes or that went unused for
     * {@link #UNUSED_FOR}, never {@code mine}'s own files nor one whose lock a live run holds.
     *
     * @param mine the base name of the cache in use (its files' name before the first dot)
     * @param supersedes what the names of the caches {@code mine} supersedes start with, if any
     */
    static void forgetOthers(Path folder, String mine, Optional<String> supersedes, Instant now) throws IOException {
        Map<String, List<Path>> caches = new HashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String base = baseOf(file);
                if (CACHE_FILES.contains(name.substring(base.length())) && !base.equals(mine)) {
                    caches.putIfAbsent(base, new ArrayList<>());
                    caches.get(base).add(file);
                }
            }
        }
        Instant horizon = now.minus(UNUSED_FOR);
        for (Map.Entry<String, List<Path>> cache : caches.entrySet()) {
            boolean superseded = supersedes.isPresent() && cache.getKey().startsWith(supersedes.get());
            if ((superseded || lastUse(cache.getValue()).isBefore(horizon))
                    && !new CacheLock(folder.resolve(cache.getKey() + ".lock")).heldByALiveRun()) {
                for (Path file : cache.getValue()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** The name {@code file}'s cache goes by: its file name before the first dot. */
    static String baseOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Instant lastUse(List<Path> files) throws IOException {
        Instant last = Instant.MIN;
        for (Path file : files) {
            try {
                Instant modified = Files.getLastModifiedTime(file).toInstant();
                last = modified.isAfter(last) ? modified : last;
            } catch (NoSuchFileException e) {
                // Another run took it meanwhile.
            }
        }
        return last;
    }
}
