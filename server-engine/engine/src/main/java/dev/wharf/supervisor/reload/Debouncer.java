package dev.wharf.supervisor.reload;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code --reload-delay}: gathers changed files until none has changed for the delay, then hands them
 * on as one {@link ChangeBatch}, so a build or an IDE writing many files in a row causes one reload.
 * Thread-safe; the batch is handed on on {@code executor}.
 */
final class Debouncer {

    /** The files that changed in one burst, and when the first of them was seen. */
    record ChangeBatch(List<Path> files, Instant firstSeen) {
        ChangeBatch {
            files = List.copyOf(files);
        }
    }

    private final ScheduledExecutorService executor;
    private final Duration delay;
    private final Consumer<ChangeBatch> onBatch;
    private final Set<Path> pending = new LinkedHashSet<>();
    private Instant firstSeen;
    private ScheduledFuture<?> timer;

    Debouncer(ScheduledExecutorService executor, Duration delay, Consumer<ChangeBatch> onBatch) {
        this.executor = executor;
        this.delay = delay;
        this.onBatch = onBatch;
    }

    synchronized void changed(Path file) {
        if (pending.isEmpty()) {
            firstSeen = Instant.now();
        }
        pending.add(file);
        if (timer != null) {
            timer.cancel(false);
        }
        try {
            timer = executor.schedule(this::fire, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            pending.clear(); // reload is closing
        }
    }

    private void fire() {
        ChangeBatch batch;
        synchronized (this) {
            if (pending.isEmpty()) {
                return;
            }
            batch = new ChangeBatch(List.copyOf(pending), firstSeen);
            pending.clear();
            timer = null;
        }
        onBatch.accept(batch);
    }

    synchronized void cancel() {
        if (timer != null) {
            timer.cancel(false);
        }
        pending.clear();
    }
}
