package dev.wharf.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupCacheTest {

    @TempDir
    Path folder;

    @Test
    void aRebuiltJarGetsACacheOfItsOwnRatherThanOneTheJvmWouldRefuse() throws IOException {
        Path jar = Files.write(folder.resolve("wharf.jar"), new byte[] {1, 2, 3});
        String before = recordingOf(cache(jar));

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        String after = recordingOf(cache(jar));

        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void cachesOfOtherBuildsGoOnceUnusedForTwoWeeksAndRecentOnesStay() throws IOException {
        Path jar = Files.write(folder.resolve("wharf.jar"), new byte[] {1});
        Path aot = Files.createDirectories(folder.resolve("cache/aot"));
        Path stale = Files.write(aot.resolve("worker-0000000000000000.aot"), new byte[] {1});
        Files.setLastModifiedTime(
                stale, FileTime.from(Instant.now().minus(CacheFolder.UNUSED_FOR).minus(Duration.ofHours(1))));
        Path recent = Files.write(aot.resolve("worker-1111111111111111.aot"), new byte[] {1});

        cache(jar);

        assertThat(stale).doesNotExist();
        assertThat(recent).exists();
    }

    @Test
    void beforeJdk25WorkersUseADynamicArchive() throws IOException {
        Path jar = Files.write(folder.resolve("wharf.jar"), new byte[] {1});

        StartupCache cache =
                StartupCache.of("worker", new Launch("java", List.of(), jar.toString()), folder.resolve("cache"), 21);

        assertThat(cache.flagsForNextRun()).contains("-XX:+AutoCreateSharedArchive");
    }

    private StartupCache cache(Path jar) {
        return StartupCache.of("worker", new Launch("java", List.of(), jar.toString()), folder.resolve("cache"), 25);
    }

    private static String recordingOf(StartupCache cache) {
        List<String> flags = cache.flagsForNextRun();
        cache.runExited(flags); // nothing recorded: releases the lock for the next one
        return flags.stream()
                .filter(flag -> flag.startsWith("-XX:AOTConfiguration="))
                .findFirst()
                .orElseThrow();
    }
}
