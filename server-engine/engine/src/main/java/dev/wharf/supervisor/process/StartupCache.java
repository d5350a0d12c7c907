package dev.wharf.supervisor.process;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * What makes a worker JVM start sooner than a cold one: the classes a worker loads, kept from an
 * earlier worker's run in a file the JVM maps at start. On a JDK 25 or newer that is an AOT cache
 * ({@link AotCache}: classes loaded and linked, lambdas spun, profiles); before, a dynamic class-data
 * archive ({@link DynamicArchive}). Either is named after the runtime and the classpath, so another
 * JDK or a rebuilt Wharf makes its own, and only a classpath of jars can have one: a development
 * classpath of class folders goes without.
 */
interface StartupCache {

    /** How long a cache of another build or runtime is kept without being used. */
    Duration UNUSED_FOR = Duration.ofDays(14);

    /** No cache: workers start cold. */
    StartupCache NONE = new StartupCache() {
        @Override
        public List<String> flagsForNextWorker() {
            return List.of();
        }

        @Override
        public void workerExited(List<String> flags) {}
    };

    /** The JVM flags of the worker about to start. */
    List<String> flagsForNextWorker();

    /** A worker started with {@code flags} has exited; what it recorded, if anything, can be used. */
    void workerExited(List<String> flags);

    /**
     * The cache for workers of this runtime and classpath, kept in {@code cacheFolder}.
     *
     * @param createFlags the flags every worker runs with (native access, the collector): the JVM maps a
     *                    cache fully only if it was made with the same ones
     */
    static StartupCache of(String java, String classPath, List<String> createFlags, Path cacheFolder, int jdkFeature) {
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.endsWith(".jar")) {
                return NONE;
            }
        }
        try {
            String name = "worker-"
                    + key(Runtime.version()
                            + System.getProperty("java.home")
                            + java
                            + createFlags
                            + classPath
                            + jarsAsBuilt(classPath));
            if (jdkFeature >= 25) {
                Path folder = Files.createDirectories(cacheFolder.resolve("aot"));
                forgetOthers(folder, name);
                return new AotCache(java, classPath, createFlags, folder.resolve(name));
            }
            Path folder = Files.createDirectories(cacheFolder.resolve("cds"));
            return new DynamicArchive(folder.resolve(name + ".jsa"));
        } catch (IOException e) {
            return NONE;
        }
    }

    /**
     * Each jar's size and time of writing: a rebuilt Wharf keeps its jars' names, and the JVM refuses
     * a cache made from other jars, so the cache is named after the jars as they are now.
     */
    private static String jarsAsBuilt(String classPath) throws IOException {
        StringBuilder stamp = new StringBuilder();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            stamp.append(Files.size(jar))
                    .append('@')
                    .append(Files.getLastModifiedTime(jar).toMillis())
                    .append(';');
        }
        return stamp.toString();
    }

    /**
     * An AOT cache is tens of MB, and each build of Wharf makes its own: this one's is marked as used
     * now, and the others' go once unused for {@link #UNUSED_FOR} (another Wharf on this machine, a
     * packaged one say, keeps using its own meanwhile).
     */
    private static void forgetOthers(Path folder, String name) throws IOException {
        Path mine = folder.resolve(name + ".aot");
        FileTime now = FileTime.from(Instant.now());
        if (Files.isRegularFile(mine)) {
            Files.setLastModifiedTime(mine, now);
        }
        Instant horizon = Instant.now().minus(UNUSED_FOR);
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String other = file.getFileName().toString();
                if (other.startsWith("worker-")
                        && !other.startsWith(name + ".")
                        && Files.getLastModifiedTime(file).toInstant().isBefore(horizon)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static String key(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
