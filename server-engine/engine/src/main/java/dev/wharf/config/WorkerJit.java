package dev.wharf.config;

import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.WorkerOptions;
import dev.wharf.config.setting.Environment;
import java.util.List;

/**
 * Which just-in-time compiler a worker process runs. A development profile's workers compile with
 * C1 alone: they start sooner and use less memory, which counts for more while reloading than peak
 * throughput does, but they serve about half the requests a production worker does (measured by
 * {@code benchmarks/jit.sh}; README, "Performance"). So that nobody takes a development figure for
 * Wharf's, the lint and the window say so wherever workers run it. A worker JVM option of the
 * user's that chooses a compiler wins, and then no note is due.
 */
public final class WorkerJit {

    /** What a development worker compiles with: C1 only. */
    public static final String DEVELOPMENT_FLAG = "-XX:TieredStopAtLevel=1";

    /**
     * Development workers' requests/s against production ones', rounded: 0.49, 0.49 and 0.60 at 2, 4
     * and 8 workers on 16 cores (README, "Development and production workers"); {@code
     * benchmarks/jit.sh} measures it again on the machine at hand.
     */
    public static final String THROUGHPUT_SHARE = "half";

    /** What the lint and the window say where workers run the development JIT. */
    public static final String NOTE = "development profile: throughput here is about " + THROUGHPUT_SHARE
            + " of production (the workers compile with C1 only, to start sooner); benchmark with --environment production";

    /** The worker JVM options by which a user chooses the compiler instead. */
    private static final List<String> CHOICES =
            List.of("-XX:TieredStopAtLevel", "-XX:+TieredCompilation", "-XX:-TieredCompilation", "-Xint", "-Xcomp");

    private WorkerJit() {}

    /** Whether worker processes of {@code settings} run the development JIT. */
    public static boolean development(Settings settings) {
        return settings.get(AppOptions.ENVIRONMENT) == Environment.DEVELOPMENT
                && settings.get(WorkerOptions.WORKER_JVM_OPTIONS).stream()
                        .noneMatch(option -> CHOICES.stream().anyMatch(option::startsWith));
    }
}
