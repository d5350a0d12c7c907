package dev.wharf.supervisor.process;

import dev.wharf.config.Settings;
import dev.wharf.config.WorkerJit;
import dev.wharf.config.catalog.WorkerOptions;
import dev.wharf.startup.CacheFolder;
import dev.wharf.startup.Launch;
import dev.wharf.startup.StartupCache;
import dev.wharf.worker.WorkerEnvironment;
import dev.wharf.worker.WorkerMain;
import dev.wharf.worker.hotswap.AgentJar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts worker JVMs: the {@code java} of the supervisor's own runtime and its classpath (so a worker
 * runs exactly the Wharf the supervisor is, on the runtime a packaged Wharf bundles), flags that keep
 * its log clean and its memory small, a {@link StartupCache} so that later workers start sooner,
 * then the user's {@code --worker-jvm-option}s, which win. A worker that serves TLS has a cache of
 * its own: recorded by a TLS worker, it holds the JDK's X.509, key and TLS classes that a cold
 * worker otherwise spends most of its TLS set-up loading, while a plain worker's cache stays
 * without the thousand-odd classes it would map and never use.
 */
public final class WorkerLauncher {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");

    /**
     * One event loop and small heaps: the serial collector and a small first heap keep an idle
     * worker's memory low (a large first heap spreads early allocations over fresh pages).
     */
    private static final List<String> MEMORY_FLAGS = List.of("-XX:+UseSerialGC", "-Xms16m");

    private final String javaCommand;
    private final String classPath;
    private final List<String> baseFlags;
    private final StartupCache plainCache;
    private final StartupCache tlsCache;

    WorkerLauncher(String java, String classPath, Path cacheFolder) {
        this.javaCommand = java;
        this.classPath = classPath;
        this.baseFlags = baseFlags(agentJar(cacheFolder));
        Launch launch = new Launch(java, baseFlags, classPath);
        int jdk = Runtime.version().feature();
        this.plainCache = StartupCache.of("worker", launch, cacheFolder, jdk);
        this.tlsCache = StartupCache.of("worker-tls", launch, cacheFolder, jdk);
    }

    /** The launcher for workers like this process: same runtime, same classpath. */
    static WorkerLauncher likeThisProcess() {
        String java = javaOfRuntime(
                Path.of(System.getProperty("java.home")),
                ProcessHandle.current().info().command());
        return new WorkerLauncher(java, System.getProperty("java.class.path"), CacheFolder.ofUser());
    }

    /**
     * The runtime's own {@code bin/java}. Not the process's command: a packaged Wharf runs from its
     * jpackage launcher, which would take a worker's JVM options as arguments of its own; the runtime
     * it bundles keeps {@code bin/java} for the workers. The command serves only a runtime without one.
     */
    static String javaOfRuntime(Path javaHome, Optional<String> processCommand) {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        Path java = javaHome.resolve("bin").resolve(windows ? "java.exe" : "java");
        if (Files.isRegularFile(java) && Files.isExecutable(java)) {
            return java.toString();
        }
        return processCommand.orElse(java.toString());
    }

    /**
     * The Wharf agent's jar, written once into the cache folder, or null when it cannot be: workers
     * then run without the agent, and every reload rolls a generation.
     */
    private static Path agentJar(Path cacheFolder) {
        try {
            return AgentJar.writeInto(cacheFolder);
        } catch (IOException | RuntimeException e) {
            log.warn(
                    "Workers start without the Wharf agent, so reloads restart them: cannot write {} into {}: {}",
                    AgentJar.FILE_NAME,
                    cacheFolder,
                    e.toString());
            return null;
        }
    }

    private static List<String> baseFlags(Path agentJar) {
        List<String> flags = new ArrayList<>();
        flags.add("--enable-native-access=ALL-UNNAMED");
        if (agentJar != null) {
            // The agent only keeps the JVM's Instrumentation until a reload swaps classes with it.
            flags.add("-javaagent:" + agentJar);
        }
        if (Runtime.version().feature() >= 23) {
            flags.add("--sun-misc-unsafe-memory-access=allow");
        }
        flags.addAll(MEMORY_FLAGS);
        return List.copyOf(flags);
    }

    /**
     * The JVM options a worker runs with besides Wharf's own: its {@link WorkerHeap maximum heap}, C1
     * only in a development profile (workers start sooner and use less memory, which matters more
     * while reloading than peak throughput does), then the user's {@code --worker-jvm-option}s, which
     * win.
     */
    static List<String> jvmOptions(Settings settings) {
        return jvmOptions(settings, WorkerHeap.totalMemory());
    }

    static List<String> jvmOptions(Settings settings, long totalMemoryBytes) {
        List<String> options = new ArrayList<>();
        options.add(WorkerHeap.flag(settings, totalMemoryBytes));
        if (WorkerJit.development(settings)) {
            options.add(WorkerJit.DEVELOPMENT_FLAG);
        }
        options.addAll(settings.get(WorkerOptions.WORKER_JVM_OPTIONS));
        return options;
    }

    /** The command line of a worker, with {@code jvmOptions} after Wharf's own flags so they win. */
    List<String> command(List<String> cacheFlags, List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(javaCommand);
        command.addAll(baseFlags);
        command.addAll(cacheFlags);
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(WorkerMain.class.getName());
        return command;
    }

    /**
     * Starts a worker, one that will serve TLS when {@code tls}. What its run recorded for the {@link
     * StartupCache} is handed on before {@link Launched#exited()} completes, so a supervisor that
     * stops once its last worker has exited has started the cache's assembly by then: a step of its
     * own after the exit raced the supervisor's end and lost, and no run ever started from the cache.
     */
    Launched start(WorkerEnvironment env, List<String> jvmOptions, Map<String, String> extraEnv, boolean tls)
            throws IOException {
        StartupCache startupCache = startupCache(tls);
        List<String> cacheFlags = startupCache.flagsForNextRun();
        ProcessBuilder builder = new ProcessBuilder(command(cacheFlags, jvmOptions));
        // systemd's socket activation is addressed to the supervisor, which shares the socket itself.
        builder.environment().keySet().removeAll(List.of("LISTEN_FDS", "LISTEN_PID", "LISTEN_FDNAMES"));
        builder.environment().putAll(extraEnv);
        builder.environment().putAll(env.toMap());
        Process process = builder.start();
        CompletableFuture<Void> exited = process.onExit().handle((done, failure) -> {
            try {
                startupCache.runExited(cacheFlags);
            } catch (RuntimeException e) {
                // A cache only saves time: the worker's exit is still reported.
                log.debug("The start-up cache could not take a worker's run: {}", e.toString());
            }
            return null;
        });
        return new Launched(process, exited);
    }

    /** The start-up cache of workers that serve TLS, or of those that do not. */
    StartupCache startupCache(boolean tls) {
        return tls ? tlsCache : plainCache;
    }

    /** A started worker, and its exit once the start-up cache has had what its run recorded. */
    record Launched(Process process, CompletableFuture<Void> exited) {}
}
