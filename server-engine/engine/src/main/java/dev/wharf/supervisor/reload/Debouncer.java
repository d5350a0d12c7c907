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
 * Turns file changes into {@link ChangeBatch}es the way Uvicorn's reloader does: a burst of changes is
 * handed on once no file has changed for {@link #QUIET} (watchfiles' step), or {@link #LONGEST_BURST}
 * after its first change if files keep changing; and {@code --reload-delay} is the least time between
 * the end of one batch's reload and the next batch ("delay between previous and next check"), so
 * changes made during a reload or just after it are gathered into one more reload. A lone save is thus
 * acted on after 50 ms rather than after the whole delay. Thread-safe; the batch is handed on on
 * {@code executor}.
 */
final class Debouncer {

    /** How long files must be still before a burst counts as written: an editor's save or a compiler's output. */
    static final Duration QUIET = Duration.ofMillis(50);

    /** A burst longer than this (a file rewritten continuously) is handed on anyway, as watchfiles does. */
    static final Duration LONGEST_BURST = Duration.ofMillis(1600);

    /** The files that changed in one burst, and when the first of them was seen. */
    record ChangeBatch(List<Path> files, Instant firstSeen) {
        ChangeBatch {
            files = List.copyOf(files);
        }
    }

    private final ScheduledExecutorService executor;
    private final long delayNanos;
    private final Consumer<ChangeBatch> onBatch;
    private final Set<Path> pending = new LinkedHashSet<>();
    private Instant firstSeen;
    private long firstNanos;
    private long lastChangeNanos;
    private long lastBatchEndNanos;
    private boolean handedOnBefore;
    private ScheduledFuture<?> timer;

    Debouncer(ScheduledExecutorService executor, Duration delay, Consumer<ChangeBatch> onBatch) {
        this.executor = executor;
        this.delayNanos = delay.toNanos();
        this.onBatch = onBatch;
    }

    synchronized void changed(Path file) {
        long now = System.nanoTime();
        if (pending.isEmpty()) {
            firstSeen = Instant.now();
            firstNanos = now;
        }
        pending.add(file);
        lastChangeNanos = now;
        if (timer != null) {
            timer.cancel(false);
        }
        try {
            timer = executor.schedule(this::fire, Math.max(0, due() - now), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            pending.clear(); // reload is closing
        }
    }

    /** When the pending burst may be handed on, on {@link System#nanoTime()}'s clock. */
    private long due() {
        long settled = Math.min(lastChangeNanos + QUIET.toNanos(), firstNanos + LONGEST_BURST.toNanos());
        return handedOnBefore ? Math.max(settled, lastBatchEndNanos + delayNanos) : settled;
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
        try {
            onBatch.accept(batch);
        } finally {
            synchronized (this) {
                lastBatchEndNanos = System.nanoTime();
                handedOnBefore = true;
            }
        }
    }

    synchronized void cancel() {
        if (timer != null) {
            timer.cancel(false);
        }
        pending.clear();
    }
}
