package dev.wharf.export.kubernetes;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.WorkerOptions;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The memory a pod needs, from what the profile gives each worker's heap: an {@code -Xmx} among
 * {@code --worker-jvm-option} (which wins, as it does in the worker), else {@code --worker-max-heap}.
 * {@code auto} sizes heaps from the container's limit, so it gives no number to size the limit by.
 */
final class WorkerMemory {

    /** Beside each heap: metaspace, code cache, thread stacks and Netty's direct buffers. */
    static final double NON_HEAP_SHARE = 0.5;
    /** The supervisor's own JVM. */
    static final long SUPERVISOR_MIB = 256;

    private WorkerMemory() {}

    /** One worker's heap in MiB, when the profile fixes it. */
    static OptionalLong heapMib(Settings settings) {
        String size = null;
        for (String option : settings.get(WorkerOptions.WORKER_JVM_OPTIONS)) {
            if (option.startsWith("-Xmx")) {
                size = option.substring("-Xmx".length());
            }
        }
        if (size == null && !settings.get(WorkerOptions.WORKER_MAX_HEAP).equals("auto")) {
            size = settings.get(WorkerOptions.WORKER_MAX_HEAP);
        }
        return size == null ? OptionalLong.empty() : OptionalLong.of(mib(size));
    }

    /** The pod's memory: heap × workers, half as much again beside the heaps, and the supervisor. */
    static OptionalLong podMib(Settings settings) {
        OptionalLong heap = heapMib(settings);
        if (heap.isEmpty()) {
            return heap;
        }
        long heaps = heap.getAsLong() * settings.get(WorkerOptions.WORKERS);
        return OptionalLong.of(heaps + Math.round(heaps * NON_HEAP_SHARE) + SUPERVISOR_MIB);
    }

    private static long mib(String size) {
        String text = size.strip().toLowerCase(Locale.ROOT);
        char unit = text.charAt(text.length() - 1);
        long number =
                Character.isDigit(unit) ? Long.parseLong(text) : Long.parseLong(text.substring(0, text.length() - 1));
        return switch (unit) {
            case 'g' -> number * 1024;
            case 'm' -> number;
            case 'k' -> Math.max(1, number / 1024);
            default -> Math.max(1, number / (1024 * 1024));
        };
    }
}
