package dev.wharf.supervisor.process;

import java.time.Duration;

/**
 * When a dead worker's slot is filled again. A worker that served a while and then died is
 * replaced at once; one that keeps dying before it has started waits longer each time (exponential
 * backoff), and after {@link #CRASH_LOOP_FAILURES} such deaths in a row the slot is in a crash
 * loop: the supervisor stops respawning it rather than spin, until a restart or reload.
 */
final class RestartPolicy {

    static final int CRASH_LOOP_FAILURES = 5;
    static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(10);
    /** A worker that lived this long after startup was healthy: its death starts a fresh count. */
    static final Duration HEALTHY_RUN = Duration.ofSeconds(10);

    private int failures;

    /**
     * Records a death and says how long to wait before the replacement.
     *
     * @param started     whether the worker had completed startup
     * @param servedFor   how long it served after startup (zero if it never started)
     * @param crashed     false for a clean exit the worker chose (its request limit), which is no failure
     * @return the delay, or {@code null} when the slot is now in a crash loop
     */
    Duration onDeath(boolean started, Duration servedFor, boolean crashed) {
        if (!crashed) {
            failures = 0;
            return Duration.ZERO;
        }
        if (started && servedFor.compareTo(HEALTHY_RUN) >= 0) {
            failures = 0;
        }
        failures++;
        if (failures == 1) {
            return started ? Duration.ZERO : FIRST_BACKOFF;
        }
        if (failures >= CRASH_LOOP_FAILURES) {
            return null;
        }
        long millis = FIRST_BACKOFF.toMillis() << (failures - 1);
        return Duration.ofMillis(Math.min(millis, MAX_BACKOFF.toMillis()));
    }

    int failures() {
        return failures;
    }

    void reset() {
        failures = 0;
    }
}
