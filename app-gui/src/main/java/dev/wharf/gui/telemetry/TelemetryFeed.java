package dev.wharf.gui.telemetry;

import dev.wharf.supervisor.Supervisor;
import dev.wharf.supervisor.SupervisorEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Carries one supervisor's events to the FX thread, coalesced: at most one {@link TelemetryBatch}
 * per {@link #PERIOD} however fast workers report (so at most ~10 UI updates a second), plus one
 * each {@link #HEARTBEAT} when nothing happens, so uptimes and rates keep moving. It never blocks
 * the supervisor's thread: events wait in a bounded queue whose oldest are dropped (and counted)
 * when the window falls behind, and no batch is sent while the previous one is still being shown.
 * Threads: events arrive on the supervisor's; {@link #tick()} runs on this feed's own timer thread;
 * listeners run on the executor given (the FX thread). It may not touch views.
 */
public final class TelemetryFeed implements AutoCloseable {

    public static final Duration PERIOD = Duration.ofMillis(100);
    public static final Duration HEARTBEAT = Duration.ofSeconds(1);
    /** Bounds the memory a stalled window can cost: about a few MB of events. */
    static final int MAX_PENDING = 20_000;

    private final Supervisor supervisor;
    private final Executor fx;
    private final Consumer<TelemetryBatch> listener;
    private final LongSupplier nanoTime;
    private final ArrayDeque<SupervisorEvent> pending = new ArrayDeque<>();
    private final AtomicBoolean showing = new AtomicBoolean();
    private final AutoCloseable subscription;
    private ScheduledExecutorService timer;
    private int dropped;
    private boolean changed = true;
    private long lastBatch;

    TelemetryFeed(Supervisor supervisor, Executor fx, Consumer<TelemetryBatch> listener, LongSupplier nanoTime) {
        this.supervisor = supervisor;
        this.fx = fx;
        this.listener = listener;
        this.nanoTime = nanoTime;
        this.lastBatch = nanoTime.getAsLong();
        this.subscription = supervisor.subscribe(this::onEvent);
    }

    /** Subscribes to {@code supervisor} and starts sending batches to {@code listener} on {@code fx}. */
    public static TelemetryFeed start(Supervisor supervisor, Executor fx, Consumer<TelemetryBatch> listener) {
        TelemetryFeed feed = new TelemetryFeed(supervisor, fx, listener, System::nanoTime);
        feed.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "wharf-telemetry");
            thread.setDaemon(true);
            return thread;
        });
        feed.timer.scheduleAtFixedRate(feed::tick, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
        return feed;
    }

    private void onEvent(SupervisorEvent event) {
        synchronized (pending) {
            if (pending.size() == MAX_PENDING) {
                pending.removeFirst();
                dropped++;
            }
            pending.addLast(event);
            changed = true;
        }
    }

    /**
     * One period's work: sends a batch when something happened or a heartbeat is due, unless the
     * previous batch is still being shown (its events then go with the next one).
     */
    public void tick() {
        if (showing.get()) {
            return;
        }
        List<SupervisorEvent> events;
        int lost;
        synchronized (pending) {
            long now = nanoTime.getAsLong();
            if (!changed && now - lastBatch < HEARTBEAT.toNanos()) {
                return;
            }
            events = List.copyOf(pending);
            pending.clear();
            lost = dropped;
            dropped = 0;
            changed = false;
            lastBatch = now;
        }
        TelemetryBatch batch;
        try {
            batch = new TelemetryBatch(supervisor.snapshot(), events, lost, Instant.now());
        } catch (RuntimeException e) {
            return; // a supervisor closing under the feed; the window learns it from the server's own state
        }
        showing.set(true);
        fx.execute(() -> {
            try {
                listener.accept(batch);
            } finally {
                showing.set(false);
            }
        });
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
        try {
            subscription.close();
        } catch (Exception e) {
            // Unsubscribing from a supervisor that is gone has nothing left to undo.
        }
    }
}
