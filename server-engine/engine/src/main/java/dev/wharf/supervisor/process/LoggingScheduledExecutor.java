package dev.wharf.supervisor.process;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The supervisor's one thread. A task handed over with {@code execute} or {@code schedule} that
 * throws is logged: a plain scheduled executor keeps the exception in a future nobody reads, and a
 * supervisor bug would pass in silence. ({@code submit}'s callers read their futures.)
 */
final class LoggingScheduledExecutor extends ScheduledThreadPoolExecutor {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");

    LoggingScheduledExecutor(ThreadFactory threads) {
        super(1, threads);
        setRemoveOnCancelPolicy(true);
    }

    @Override
    public void execute(Runnable task) {
        super.execute(logged(task));
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
        return super.schedule(logged(task), delay, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, long initialDelay, long delay, TimeUnit unit) {
        return super.scheduleWithFixedDelay(logged(task), initialDelay, delay, unit);
    }

    private static Runnable logged(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                log.error("Supervisor task failed", e);
            }
        };
    }
}
