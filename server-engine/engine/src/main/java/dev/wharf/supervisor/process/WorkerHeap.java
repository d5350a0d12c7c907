package dev.wharf.supervisor.process;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.WorkerOptions;
import dev.wharf.config.setting.Environment;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The {@code -Xmx} each worker starts with ({@code --worker-max-heap}). A JVM left to itself takes a
 * quarter of the memory it sees, each of N workers alike, and the serial collector grows the heap
 * towards that limit before it collects: garbage made quickly (a client sending 15 MiB WebSocket
 * messages) then costs gigabytes of resident memory. {@code auto} gives the workers half of the
 * memory between them, and a development worker at most {@link #DEVELOPMENT_CAP_MIB}, since a
 * laptop also runs the IDE and a browser.
 */
final class WorkerHeap {

    static final long DEVELOPMENT_CAP_MIB = 512;
    /** Below this, the JVM could not even load a small app; auto never goes under it. */
    static final long FLOOR_MIB = 64;

    private WorkerHeap() {}

    /** The {@code -Xmx} flag for the settings, on a machine (or container) with this much memory. */
    static String flag(Settings settings, long totalMemoryBytes) {
        String size = settings.get(WorkerOptions.WORKER_MAX_HEAP);
        if (!size.equals("auto")) {
            return "-Xmx" + size.toLowerCase(Locale.ROOT);
        }
        long share = totalMemoryBytes / 2 / settings.get(WorkerOptions.WORKERS) / (1024 * 1024);
        if (settings.get(AppOptions.ENVIRONMENT) == Environment.DEVELOPMENT) {
            share = Math.min(share, DEVELOPMENT_CAP_MIB);
        }
        return "-Xmx" + Math.max(share, FLOOR_MIB) + "m";
    }

    /** The memory this JVM sees: the container's limit inside one, else the machine's. */
    static long totalMemory() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return os.getTotalMemorySize();
    }
}
