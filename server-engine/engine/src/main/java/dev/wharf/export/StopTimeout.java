package dev.wharf.export;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.TimeoutOptions;
import java.time.Duration;

/**
 * How long a platform waits for Wharf to stop before it kills it: the graceful-shutdown timeout
 * (the drain) plus a margin for lifespan shutdown and the JVMs' exit, so the platform never cuts a
 * drain Wharf was still allowed to run.
 */
public final class StopTimeout {

    /** The drain assumed when the profile waits for every request (no timeout). */
    static final Duration UNSET_DRAIN = Duration.ofSeconds(30);
    /** Lifespan shutdown and the workers' exit after the drain. */
    static final Duration MARGIN = Duration.ofSeconds(10);

    private StopTimeout() {}

    public static Duration drain(Settings settings) {
        Duration graceful = settings.get(TimeoutOptions.TIMEOUT_GRACEFUL_SHUTDOWN);
        return graceful == null ? UNSET_DRAIN : graceful;
    }

    /** What the platform waits, in whole seconds rounded up. */
    public static long seconds(Settings settings) {
        Duration total = drain(settings).plus(MARGIN);
        return total.toSeconds() + (total.toNanosPart() > 0 ? 1 : 0);
    }
}
