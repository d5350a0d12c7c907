package dev.wharf.supervisor.process;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

    /** No cache: workers start cold. */
    StartupCache NONE = new StartupCache() {
        @Override
        public List<String> flagsForNextWorker() {
            return List.of();
        }

        @Override
        public void workerExited(List<String> flags) {
        }
    };

    /** The JVM flags of the worker about to start. */
    List<String> flagsForNextWorker();

    /** A worker started with {@code flags} has exited; what it recorded, if anything, can be used. */
    void workerExited(List<String> flags);

    /**
     * The cache for workers of this runtime and classpath, kept in {@code cacheFolder}.
     *
     * @param createFlags the flags the workers run with that a cache must be made with too (the collector)
     */
    static StartupCache of(String java, String classPath, List<String> createFlags, Path cacheFolder, int jdkFeature) {
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.endsWith(".jar")) {
                return NONE;
            }
        }
        String name = "worker-" + key(Runtime.version() + System.getProperty("java.home") + java + classPath);
        try {
            if (jdkFeature >= 25) {
                Path folder = Files.createDirectories(cacheFolder.resolve("aot"));
                return new AotCache(java, classPath, createFlags, folder.resolve(name));
            }
            Path folder = Files.createDirectories(cacheFolder.resolve("cds"));
            return new DynamicArchive(folder.resolve(name + ".jsa"));
        } catch (IOException e) {
            return NONE;
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
