package dev.wharf.supervisor.reload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wharf.supervisor.reload.Debouncer.ChangeBatch;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code --reload-delay} with Uvicorn's meaning: the least time between two reloads, not a wait before each. */
class DebouncerTest {

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor();
    private final List<ChangeBatch> batches = new CopyOnWriteArrayList<>();
    private final List<Long> batchNanos = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        thread.shutdownNow();
    }

    private void record(ChangeBatch batch) {
        batchNanos.add(System.nanoTime());
        batches.add(batch);
    }

    @Test
    void aLoneSaveIsHandedOnOnceFilesAreQuietNotAfterTheWholeDelay() {
        Debouncer debouncer = new Debouncer(thread, Duration.ofSeconds(60), this::record);

        debouncer.changed(Path.of("Greeting.java"));

        await().atMost(Duration.ofSeconds(20)).until(() -> batches.size() == 1);
        assertThat(batches.get(0).files()).containsExactly(Path.of("Greeting.java"));
    }

    @Test
    void filesWrittenTogetherAreOneBatch() {
        Debouncer debouncer = new Debouncer(thread, Duration.ZERO, this::record);

        debouncer.changed(Path.of("A.class"));
        debouncer.changed(Path.of("B.class"));
        debouncer.changed(Path.of("A.class"));

        await().atMost(Duration.ofSeconds(20)).until(() -> batches.size() == 1);
        assertThat(batches.get(0).files()).containsExactly(Path.of("A.class"), Path.of("B.class"));
    }

    @Test
    void theNextReloadWaitsForTheDelayAfterThePreviousOneEnded() {
        Duration delay = Duration.ofMillis(1500);
        Debouncer debouncer = new Debouncer(thread, delay, this::record);
        debouncer.changed(Path.of("A.java"));
        await().atMost(Duration.ofSeconds(20)).until(() -> batches.size() == 1);

        debouncer.changed(Path.of("B.java"));

        await().atMost(Duration.ofSeconds(20)).until(() -> batches.size() == 2);
        assertThat(batchNanos.get(1) - batchNanos.get(0)).isGreaterThanOrEqualTo(delay.toNanos());
        assertThat(batches.get(1).files()).containsExactly(Path.of("B.java"));
    }

    @Test
    void changesMadeDuringAReloadAreGatheredIntoOneMoreReload() throws InterruptedException {
        CountDownLatch reloading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Debouncer debouncer = new Debouncer(thread, Duration.ofMillis(100), batch -> {
            record(batch);
            if (batches.size() == 1) {
                reloading.countDown();
                awaitQuietly(release);
            }
        });
        debouncer.changed(Path.of("A.java"));
        assertThat(reloading.await(20, TimeUnit.SECONDS)).isTrue();

        debouncer.changed(Path.of("B.java"));
        debouncer.changed(Path.of("C.java"));
        release.countDown();

        await().atMost(Duration.ofSeconds(20)).until(() -> batches.size() == 2);
        assertThat(batches.get(1).files()).containsExactly(Path.of("B.java"), Path.of("C.java"));
    }

    @Test
    void aFileThatNeverStopsChangingIsStillHandedOn() throws InterruptedException {
        Debouncer debouncer = new Debouncer(thread, Duration.ZERO, this::record);
        long end = System.nanoTime() + Debouncer.LONGEST_BURST.multipliedBy(3).toNanos();

        while (System.nanoTime() < end && batches.isEmpty()) {
            debouncer.changed(Path.of("app.log"));
            Thread.sleep(5);
        }

        assertThat(batches).isNotEmpty();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
