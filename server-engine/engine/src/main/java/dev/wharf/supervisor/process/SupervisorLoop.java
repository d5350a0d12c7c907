package dev.wharf.supervisor.process;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The supervisor's one thread, which owns all of its state: tasks handed to it, delayed and periodic
 * ones, and calls that wait for their answer. A call made on the thread itself (from a listener or
 * a task) runs at once, so the supervisor never waits for itself.
 */
final class SupervisorLoop implements Executor {

    static final String THREAD_NAME = "wharf-supervisor";

    /** Work that runs on the loop and answers, or fails with what the caller should see. */
    @FunctionalInterface
    interface Task<T> {
        T run() throws Exception;
    }

    private final ScheduledExecutorService executor = new LoggingScheduledExecutor(
            Thread.ofPlatform().name(THREAD_NAME).daemon().factory());

    @Override
    public void execute(Runnable task) {
        executor.execute(task);
    }

    void schedule(Duration delay, Runnable task) {
        executor.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    void every(Duration period, Runnable task) {
        executor.scheduleWithFixedDelay(task, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs {@code task} on the loop and waits for it, rethrowing its own exception. */
    <T> T call(Task<T> task) throws Exception {
        if (Thread.currentThread().getName().equals(THREAD_NAME)) {
            return task.run();
        }
        try {
            return executor.submit(task::run).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** {@link #call}, for tasks that throw only runtime exceptions (a checked one is wrapped). */
    <T> T callUnchecked(Task<T> task) {
        try {
            return call(task);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    void shutdown() {
        executor.shutdownNow();
    }
}
