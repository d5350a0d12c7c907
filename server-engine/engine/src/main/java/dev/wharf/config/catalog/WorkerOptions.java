package dev.wharf.config.catalog;

import dev.wharf.asgi.option.OptionTypes;
import dev.wharf.config.setting.Apply;
import dev.wharf.config.setting.Section;
import dev.wharf.config.setting.Setting;
import java.time.Duration;
import java.util.List;

/** How many worker processes run and how the supervisor watches them. */
public final class WorkerOptions {

    private WorkerOptions() {}

    public static final Setting<Integer> WORKERS = Setting.define(
                    "workers", Section.WORKERS, OptionTypes.integer(1, 512))
            .defaultValue(1)
            .alsoEnvironment("WEB_CONCURRENCY")
            .apply(Apply.SUPERVISOR)
            .help(
                    "How many worker processes serve the app, each a JVM with its own lifespan and its own app.state.",
                    "To use several cores, or to see how the app behaves when state is not shared.",
                    "Keeping in-memory state (sessions, caches, counters) in the app and expecting every worker to see it.")
            .build();

    public static final Setting<List<String>> WORKER_JVM_OPTIONS = Setting.define(
                    "worker_jvm_options",
                    Section.WORKERS,
                    OptionTypes.list(
                            OptionTypes.text(
                                    "OPTION",
                                    "a JVM option such as -Xmx256m",
                                    option -> option.startsWith("-") ? null : "does not start with '-'"),
                            " "))
            .flag("--worker-jvm-option")
            .defaultValue(List.of())
            .help(
                    "Options for each worker's JVM (-Xmx256m, -XX:+UseZGC, -Dkey=value), after Wharf's own (serial GC, a 16 MB "
                            + "first heap, --worker-max-heap, and C1 only in a development profile), so they win. Repeatable; space-separated in "
                            + "the environment and the form.",
                    "To cap a worker's memory, pick a garbage collector or pass system properties to the app.",
                    "Giving -Xmx per worker without multiplying by the number of workers.")
            .build();

    public static final Setting<String> WORKER_MAX_HEAP = Setting.define(
                    "worker_max_heap",
                    Section.WORKERS,
                    OptionTypes.text(
                            "SIZE",
                            "auto, or a size in megabytes or gigabytes such as 512m or 2g",
                            size -> size.matches("auto|[1-9][0-9]{0,6}[mMgG]") ? null : "is not a size"))
            .flag("--worker-max-heap")
            .defaultValue("auto")
            .help(
                    "The most heap each worker's JVM may take (its -Xmx). auto shares half of the machine's memory (or of the "
                            + "container's limit) among the workers, and in a development profile gives each at most 512m: the JVM's "
                            + "own default gives every worker a quarter of the memory, and its collector grows the heap towards that "
                            + "before it collects, so one client sending large WebSocket messages could take gigabytes. An -Xmx "
                            + "among --worker-jvm-option wins.",
                    "When the app needs more heap than auto gives (an OutOfMemoryError in a worker's log), or to pack more "
                            + "workers on a machine.",
                    "Setting it from one worker's needs without multiplying by the number of workers: they all take it.")
            .build();

    public static final Setting<Duration> TIMEOUT_WORKER_HEALTHCHECK = Setting.define(
                    "timeout_worker_healthcheck", Section.WORKERS, OptionTypes.secondsAbove(Duration.ZERO))
            .defaultValue(Duration.ofSeconds(5))
            .apply(Apply.SUPERVISOR)
            .help(
                    "How long a worker may leave the supervisor's ping unanswered before it is taken as hung and replaced.",
                    "With apps that block a worker for long (a debugger on a breakpoint counts).",
                    "Setting it below a worker's longest garbage-collection pause, which gets healthy workers killed.")
            .build();

    public static List<Setting<?>> all() {
        return List.of(WORKERS, WORKER_JVM_OPTIONS, WORKER_MAX_HEAP, TIMEOUT_WORKER_HEALTHCHECK);
    }
}
