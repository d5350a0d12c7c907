package dev.wharf.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheFolderTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final String MINE = "worker-aaaaaaaaaaaa-111111111111";

    @TempDir
    Path folder;

    private Path file(String name, Duration age) throws Exception {
        Path file = Files.writeString(folder.resolve(name), name);
        Files.setLastModifiedTime(file, FileTime.from(NOW.minus(age)));
        return file;
    }

    private void forget() throws Exception {
        CacheFolder.forgetOthers(folder, MINE, Optional.of("worker-aaaaaaaaaaaa-"), NOW);
    }

    @Test
    void anOlderBuildOfTheSameProgramAndPlaceGoesAtOnceWithAllItsFiles() throws Exception {
        Path older = file("worker-aaaaaaaaaaaa-000000000000.aot", Duration.ofMinutes(5));
        Path itsRecording = file("worker-aaaaaaaaaaaa-000000000000.aotconf", Duration.ofMinutes(5));
        Path mine = file(MINE + ".aot", Duration.ofDays(30));

        forget();

        assertThat(older).doesNotExist();
        assertThat(itsRecording).doesNotExist();
        assertThat(mine).exists();
    }

    @Test
    void otherPlacesAndProgramsKeepTheirCachesUntilUnusedForTwoWeeks() throws Exception {
        Path otherCheckout = file("worker-bbbbbbbbbbbb-111111111111.aot", Duration.ofDays(13));
        Path window = file("window-aaaaaaaaaaaa-000000000000.aot", Duration.ofDays(1));
        Path unused = file("worker-cccccccccccc-111111111111.aot", Duration.ofDays(15));
        Path usedLately = file("worker-dddddddddddd-111111111111.jsa", Duration.ofDays(20));
        file("worker-dddddddddddd-111111111111.jsa.made-by", Duration.ofDays(2));

        forget();

        assertThat(otherCheckout).exists();
        assertThat(window).exists();
        assertThat(unused).doesNotExist();
        assertThat(usedLately).exists();
    }

    @Test
    void aCacheALiveRunIsMakingStaysAndFilesThatAreNoCacheStay() throws Exception {
        Path recording = file("worker-aaaaaaaaaaaa-000000000000.aotconf", Duration.ZERO);
        Path lock = folder.resolve("worker-aaaaaaaaaaaa-000000000000.lock");
        assertThat(new CacheLock(lock).take(ProcessHandle.current().pid())).isTrue();
        Path notes = file("notes.txt", Duration.ofDays(90));
        Path noName = file("worker", Duration.ofDays(90));

        forget();

        assertThat(recording).exists();
        assertThat(lock).exists();
        assertThat(notes).exists();
        assertThat(noName).exists();
    }

    @Test
    void aUseMarksTheCacheSoOtherBuildsKeepIt() throws Exception {
        Path mine = file(MINE + ".aot", Duration.ofDays(30));

        CacheFolder.markUsed(mine, NOW);
        CacheFolder.markUsed(folder.resolve("not-made-yet.aot"), NOW);

        assertThat(Files.getLastModifiedTime(mine).toInstant()).isEqualTo(NOW);
        assertThat(folder.resolve("not-made-yet.aot")).doesNotExist();
    }
}
