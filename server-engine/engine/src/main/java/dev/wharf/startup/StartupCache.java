package dev.wharf.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What makes runs of one program start sooner than a cold one: on a JDK 25 or newer the AOT cache
 * ({@link AotCache}: classes loaded and linked, lambdas spun, profiles); before, a dynamic
 * class-data archive ({@link DynamicArchive}). Either is named after the program, the runtime and
 * the jars ({@link CacheName}), so another JDK or a rebuilt Wharf makes its own, and lives in a
 * {@link CacheFolder} that removes what is of no further use. Only a class path of jars can have
 * one: a development class path of class folders goes without.
 */
public interface StartupCache {

    /** No cache: runs start cold. */
    StartupCache NONE = new StartupCache() {
        @Override
        public List<String> flagsForNextRun() {
            return List.of();
        }

        @Override
        public void runExited(List<String> flags) {}
    };

    /** The JVM flags of the run about to start. */
    List<String> flagsForNextRun();

    /** A run started with {@code flags} has exited; what it recorded, if anything, can be used. */
    void runExited(List<String> flags);

    /** The cache of {@code kind} runs of {@code launch}, for runs this process starts. */
    static StartupCache of(String kind, Launch launch, Path cacheFolder, int jdkFeature) {
        return of(kind, launch, cacheFolder, jdkFeature, ProcessHandle.current().pid());
    }

    /**
     * The cache of {@code kind} runs of {@code launch}, kept in {@code cacheFolder}, for runs whose
     * recording process {@code owner} answers for until they exit.
     */
    static StartupCache of(String kind, Launch launch, Path cacheFolder, int jdkFeature, long owner) {
        try {
            Optional<CacheName> name = CacheName.of(kind, launch);
            if (name.isEmpty()) {
                return NONE;
            }
            Instant now = Instant.now();
            String mine = name.get().toString();
            Path folder = Files.createDirectories(cacheFolder.resolve(jdkFeature >= 25 ? "aot" : "cds"));
            CacheFolder.forgetOthers(folder, mine, Optional.of(name.get().placePrefix()), now);
            if (jdkFeature >= 25) {
                CacheFolder.markUsed(folder.resolve(mine + ".aot"), now);
                return new AotCache(launch, folder.resolve(mine), owner);
            }
            CacheFolder.markUsed(folder.resolve(mine + ".jsa"), now);
            return new DynamicArchive(folder.resolve(mine + ".jsa"));
        } catch (IOException | RuntimeException e) {
            // A cache only saves time: whatever keeps it from being made, runs start cold.
            return NONE;
        }
    }
}
