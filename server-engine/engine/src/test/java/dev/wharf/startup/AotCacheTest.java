package dev.wharf.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCacheTest {

    @TempDir
    Path folder;

    @Test
    void withoutACacheOneWorkerRecordsAndTheOthersStartPlainMeanwhile() {
        AotCache cache = cache();

        List<String> first = cache.flagsForNextRun();
        List<String> second = cache.flagsForNextRun();

        assertThat(first).contains("-XX:AOTMode=record", "-XX:AOTConfiguration=" + folder.resolve("worker.aotconf"));
        assertThat(second).noneMatch(flag -> flag.startsWith("-XX:AOT"));
    }

    @Test
    void anotherSupervisorDoesNotRecordWhileOneIsRecording() {
        cache().flagsForNextRun();

        assertThat(cache().flagsForNextRun()).noneMatch(flag -> flag.startsWith("-XX:AOT"));
    }

    @Test
    void aRecorderKilledBeforeWritingLetsTheNextWorkerRecord() {
        AotCache cache = cache();
        List<String> killed = cache.flagsForNextRun();

        cache.runExited(killed);

        assertThat(cache.flagsForNextRun()).contains("-XX:AOTMode=record");
        assertThat(folder.resolve("worker.lock")).exists();
    }

    @Test
    void aLockLeftByASupervisorThatDiedIsTakenOver() throws IOException {
        Files.writeString(folder.resolve("worker.lock"), Long.toString(Long.MAX_VALUE));

        assertThat(cache().flagsForNextRun()).contains("-XX:AOTMode=record");
    }

    @Test
    void onceTheCacheExistsEveryWorkerMapsIt() throws IOException {
        Files.write(folder.resolve("worker.aot"), new byte[] {1});
        AotCache cache = cache();

        assertThat(cache.flagsForNextRun()).contains("-XX:AOTCache=" + folder.resolve("worker.aot"));
        assertThat(cache.flagsForNextRun()).contains("-XX:AOTCache=" + folder.resolve("worker.aot"));
        assertThat(folder.resolve("worker.lock")).doesNotExist();
    }

    @Test
    void aClassPathWithClassFoldersGetsNoCache() {
        StartupCache cache = StartupCache.of("worker", new Launch("java", List.of(), folder + "/classes"), folder, 25);

        assertThat(cache).isSameAs(StartupCache.NONE);
    }

    private AotCache cache() {
        return new AotCache(
                new Launch("java", List.of("-XX:+UseSerialGC"), "app.jar"),
                folder.resolve("worker"),
                ProcessHandle.current().pid());
    }
}
