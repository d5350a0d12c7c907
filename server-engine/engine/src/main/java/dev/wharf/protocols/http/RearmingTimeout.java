package dev.wharf.protocols.http;

import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * A connection's timeout as one timer that re-arms itself, rather than a new timer per event: a
 * busy connection costs a field write per request or body piece, not a schedule and a cancel. The
 * keep-alive idle timeout and the request body's read timeout are each one of these.
 *
 * <p>Confined to the connection's event loop, like the connection that owns it.
 */
final class RearmingTimeout {

    private final EventExecutor loop;
    private final LongSupplier timeoutNanos;
    private final BooleanSupplier watching;
    private final BooleanSupplier clockStopped;
    private final Runnable expired;
    private long sinceNanos;
    private ScheduledFuture<?> check;

    /**
     * @param timeoutNanos read at every check, so a live change reaches connections already waiting
     * @param watching     whether the timeout applies now; when it does not, the timer lapses until
     *                     {@link #restart} arms it again
     * @param clockStopped whether the wait is on the server's side for now (the clock restarts meanwhile)
     * @param expired      what to do once the time has passed with no {@link #progress}
     */
    RearmingTimeout(
            EventExecutor loop,
            LongSupplier timeoutNanos,
            BooleanSupplier watching,
            BooleanSupplier clockStopped,
            Runnable expired) {
        this.loop = loop;
        this.timeoutNanos = timeoutNanos;
        this.watching = watching;
        this.clockStopped = clockStopped;
        this.expired = expired;
    }

    /** Starts the clock now, arming the timer if it is not. */
    void restart() {
        sinceNanos = System.nanoTime();
        if (check == null) {
            check = loop.schedule(this::check, timeoutNanos.getAsLong(), TimeUnit.NANOSECONDS);
        }
    }

    /** Something happened: the clock starts again, the timer stays as it is. */
    void progress() {
        sinceNanos = System.nanoTime();
    }

    void stop() {
        if (check != null) {
            check.cancel(false);
            check = null;
        }
    }

    /** The timeout was changed: checks at once against the new one. */
    void recheck() {
        if (check != null) {
            check.cancel(false);
            check();
        }
    }

    private void check() {
        check = null;
        if (!watching.getAsBoolean()) {
            return;
        }
        long now = System.nanoTime();
        if (clockStopped.getAsBoolean()) {
            sinceNanos = now;
        }
        long timeout = timeoutNanos.getAsLong();
        long waited = now - sinceNanos;
        if (waited >= timeout) {
            expired.run();
        } else {
            check = loop.schedule(this::check, timeout - waited, TimeUnit.NANOSECONDS);
        }
    }
}
