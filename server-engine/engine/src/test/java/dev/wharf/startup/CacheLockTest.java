package dev.wharf.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheLockTest {

    private static final long ME = ProcessHandle.current().pid();

    @TempDir
    Path folder;

    private CacheLock lock() {
        return new CacheLock(folder.resolve("worker.lock"));
    }

    @Test
    void aLiveOwnerKeepsItsLockUntilItReleasesIt() throws Exception {
        assertThat(lock().take(ME)).isTrue();
        assertThat(lock().take(ME)).isFalse();
        assertThat(lock().heldByALiveRun()).isTrue();

        lock().release();

        assertThat(lock().take(ME)).isTrue();
    }

    @Test
    void aLockWhoseOwnerHasGoneIsTakenOver() throws Exception {
        Files.writeString(folder.resolve("worker.lock"), Long.MAX_VALUE + " 0");

        assertThat(lock().take(ME)).isTrue();
        assertThat(Files.readString(folder.resolve("worker.lock"))).startsWith(ME + " ");
    }

    @Test
    void aLockOfAProcessIdInUseByAProcessStartedSinceIsTakenOver() throws Exception {
        Files.writeString(folder.resolve("worker.lock"), ME + " 1");

        assertThat(lock().heldByALiveRun()).isFalse();
        assertThat(lock().take(ME)).isTrue();
    }

    @Test
    void aLockBeingWrittenIsHeldAndOneLeftEmptyOrUnreadableIsNot() throws Exception {
        Path file = Files.writeString(folder.resolve("worker.lock"), "");
        assertThat(lock().heldByALiveRun()).isTrue();

        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofMinutes(1))));
        assertThat(lock().heldByALiveRun()).isFalse();
        Files.writeString(file, "not a process");
        assertThat(lock().heldByALiveRun()).isFalse();
    }

    @Test
    void theLockPassesToTheProcessThatAssembles() throws Exception {
        Process other = new ProcessBuilder(Launch.javaOfThisRuntime(), "-version")
                .redirectErrorStream(true)
                .start();
        try {
            lock().take(ME);
            lock().handTo(other.pid());
            assertThat(Files.readString(folder.resolve("worker.lock"))).startsWith(other.pid() + "");
        } finally {
            other.destroyForcibly();
            other.waitFor();
        }
        assertThat(lock().heldByALiveRun()).isFalse();
    }
}
