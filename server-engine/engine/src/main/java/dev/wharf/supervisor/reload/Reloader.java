package dev.wharf.supervisor.reload;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.ReloadOptions;
import dev.wharf.config.setting.ReloadMode;
import dev.wharf.supervisor.CompileError;
import dev.wharf.supervisor.GenerationOutcome;
import dev.wharf.supervisor.ReloadDecision;
import dev.wharf.supervisor.ReloadReport;
import dev.wharf.supervisor.reload.Debouncer.ChangeBatch;
import dev.wharf.supervisor.reload.hotswap.ClassFiles;
import dev.wharf.supervisor.reload.hotswap.SwapDecision;
import dev.wharf.supervisor.reload.hotswap.SwapPlan;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reload on file change, as the supervisor runs it: watches the app's folders, and for each burst of
 * changes compiles the Java sources if any changed (keeping the last good classes when that fails),
 * then asks the supervisor to roll a new generation on the classes it has, and reports how it went.
 * It never touches workers or sockets: rolling is the {@link Roller}'s job.
 *
 * <p>Threads: everything runs on its own thread, {@code wharf-reload}, one reload at a time; the
 * watcher's thread only hands changes to the {@link Debouncer}.
 */
public final class Reloader implements AutoCloseable {

    /** How the supervisor rolls a new generation whose workers put {@code classPathPrefix} first on the app's classpath. */
    @FunctionalInterface
    public interface Roller {
        CompletableFuture<GenerationOutcome> roll(List<Path> classPathPrefix);
    }

    /**
     * How the supervisor hot-swaps {@code classes} into every worker of the serving generation, whose
     * replacements then put {@code classPathPrefix} first on the app's classpath. An empty map needs no worker.
     */
    @FunctionalInterface
    public interface Swapper {
        CompletableFuture<SwapOutcome> swap(Map<String, byte[]> classes, List<Path> classPathPrefix);
    }

    /**
     * What a swap did.
     *
     * @param refusal  why it did not swap (a worker refused, a generation was rolling in), or null
     * @param workers  each worker's part, when it swapped
     * @param time     from sending the classes to the last answer
     */
    public record SwapOutcome(String refusal, List<ReloadDecision.WorkerSwap> workers, Duration time) {
        public boolean swapped() {
            return refusal == null;
        }
    }

    private static final Logger log = LoggerFactory.getLogger("wharf.error");

    private final ScheduledExecutorService thread = new ScheduledThreadPoolExecutor(
            1, Thread.ofPlatform().name("wharf-reload").daemon().factory());
    private final Path workingFolder;
    private final Roller roller;
    private final Swapper swapper;
    private final Consumer<ReloadReport> reports;
    private final Consumer<String> notes;
    private final DevClasses dev = new DevClasses();
    private final long startedAt = System.currentTimeMillis();

    // Owned by the wharf-reload thread.
    private WatchedFolders folders;
    private SourceRoots sources;
    private List<Path> compileClassPath;
    private WarmCompiler compiler;
    private FileWatcher watcher;
    private Debouncer debouncer;
    private long lastCompileAt;
    private boolean lastCompileFailed;
    private ReloadMode mode = ReloadMode.SWAP;
    /** The build's classes as the workers run them, to compare a build's new classes with; null until read. */
    private Map<String, byte[]> built;

    /**
     * @param reports gets every reload's report, on the reload thread
     * @param notes   gets lines for the user (what is watched), on the reload thread
     */
    public Reloader(
            Path workingFolder,
            Roller roller,
            Swapper swapper,
            Consumer<ReloadReport> reports,
            Consumer<String> notes) {
        this.workingFolder = workingFolder.toAbsolutePath().normalize();
        this.roller = roller;
        this.swapper = swapper;
        this.reports = reports;
        this.notes = notes;
        this.lastCompileAt = startedAt;
    }

    /**
     * Takes the reload settings: works out what to watch and starts watching, or stops when reload is
     * off. The future completes once watching, so a change made afterwards is seen; it fails with an
     * {@link IllegalArgumentException} naming a setting that cannot be used (a {@code --reload-dir}
     * that is no folder). It waits for a reload in progress to end first.
     */
    public CompletableFuture<Void> configure(Settings settings) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        thread.execute(() -> {
            try {
                configureOnThread(settings);
                done.complete(null);
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /** The reload the supervisor's API asks for: compile the sources changed since the last compile, then roll. */
    public CompletableFuture<ReloadReport> reloadNow() {
        CompletableFuture<ReloadReport> done = new CompletableFuture<>();
        thread.execute(() -> {
            List<Path> changed =
                    sources == null ? List.of() : sources.changedSince(lastCompileFailed ? 0 : lastCompileAt);
            done.complete(reload(changed, Instant.now()));
        });
        return done;
    }

    /** Compiles the sources once into a folder it then drops, so that the first real reload finds the compiler warm. */
    public void warmUp() {
        thread.execute(() -> {
            List<Path> all = sources == null ? List.of() : sources.sources();
            if (all.isEmpty()) {
                return;
            }
            Path scratch = dev.newFolder();
            try {
                compiler().compile(all, compileClassPath, scratch);
            } catch (RuntimeException e) {
                log.debug("Warming the compiler up failed: {}", e.toString());
            } finally {
                dev.discard(scratch);
            }
        });
    }

    /** A generation that put {@code classPathPrefix} first now serves: older dev class folders can go. */
    public void served(List<Path> classPathPrefix) {
        thread.execute(() -> dev.served(classPathPrefix));
    }

    private void configureOnThread(Settings settings) throws IOException {
        stopWatching();
        boolean watching = settings.get(ReloadOptions.RELOAD);
        // Without watching, only the app's own folders matter (for a reload asked for by hand).
        folders = WatchedFolders.of(
                watching ? settings : settings.with(ReloadOptions.RELOAD_DIRS, List.of()), workingFolder);
        ChangeFilter filter = new ChangeFilter(
                settings.get(ReloadOptions.RELOAD_INCLUDES), settings.get(ReloadOptions.RELOAD_EXCLUDES));
        sources = new SourceRoots(folders.sourceRoots(), filter);
        mode = settings.get(ReloadOptions.RELOAD_MODE);
        built = null;
        compileClassPath = new ArrayList<>(folders.appClassPath());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                compileClassPath.add(Path.of(entry));
            }
        }
        if (!watching) {
            return;
        }
        if (mode == ReloadMode.SWAP) {
            built = readBuild(); // before any build writes new classes: what the workers run
        }
        debouncer = new Debouncer(thread, settings.get(ReloadOptions.RELOAD_DELAY), this::onBatch);
        Debouncer listening = debouncer;
        watcher = new FileWatcher(folders.watched(), filter, (root, file) -> listening.changed(file));
        notes.accept("Will watch for changes in these directories: "
                + folders.watched().stream().map(this::display).toList());
    }

    private void onBatch(ChangeBatch batch) {
        reload(batch.files(), batch.firstSeen());
    }

    /** One reload, on the reload thread; never throws: a failure is a report. */
    private ReloadReport reload(List<Path> changed, Instant seen) {
        ReloadReport report;
        try {
            report = reloadOrFail(changed, seen);
        } catch (RuntimeException e) {
            log.error("Reload failed", e);
            report = new ReloadReport(
                    trigger(changed),
                    Duration.ZERO,
                    Duration.ZERO,
                    Duration.between(seen, Instant.now()),
                    ReloadReport.Outcome.STARTUP_FAILED,
                    List.of(),
                    "reload failed: " + e);
        }
        reports.accept(report);
        return report;
    }

    private ReloadReport reloadOrFail(List<Path> changed, Instant seen) {
        List<String> trigger = trigger(changed);
        ReloadDecision decision = ReloadDecision.rolled(null, 0, List.of());
        boolean javaChanged = false;
        boolean buildWrote = false;
        // What a swap cannot carry: a resource the app may have read at startup, a library.
        String rollBecause = null;
        for (Path file : changed) {
            String name = file.getFileName().toString();
            if (name.endsWith(".java") || Files.isDirectory(file)) {
                javaChanged = true; // a directory: events were lost, so anything may have changed
                if (name.endsWith(".java")) {
                    sources.add(file);
                }
            } else if (WatchedFolders.under(folders.classFolders(), file) != null) {
                buildWrote = true;
            } else if (WatchedFolders.under(folders.resourceRoots(), file) != null) {
                dev.resourceChanged(WatchedFolders.under(folders.resourceRoots(), file), file);
                rollBecause = "the resource " + display(file) + " changed: the app may have read it at startup";
            }
            if (name.endsWith(".jar")) {
                rollBecause =
                        "the library " + file.getFileName() + " changed: a swap carries the app's own classes only";
                if (compiler != null) {
                    compiler.forgetJars();
                }
            }
        }
        boolean buildOnly = buildWrote && !javaChanged;
        List<Path> runningPrefix = dev.classPathPrefix();
        Path folder = null;
        Duration compileTime = Duration.ZERO;
        if (javaChanged) {
            List<Path> all = sources.sources();
            if (!all.isEmpty()) {
                WarmCompiler warm;
                try {
                    warm = compiler();
                } catch (IllegalStateException noCompiler) {
                    return new ReloadReport(
                            trigger,
                            Duration.ZERO,
                            Duration.ZERO,
                            Duration.between(seen, Instant.now()),
                            ReloadReport.Outcome.COMPILE_FAILED,
                            List.of(new CompileError("", 0, 0, noCompiler.getMessage())),
                            noCompiler.getMessage());
                }
                folder = dev.newFolder();
                long compileBegun = System.currentTimeMillis();
                WarmCompiler.Result result = warm.compile(all, compileClassPath, folder);
                compileTime = result.time();
                if (!result.succeeded()) {
                    dev.discard(folder);
                    lastCompileFailed = true;
                    return new ReloadReport(
                            trigger,
                            compileTime,
                            Duration.ZERO,
                            Duration.between(seen, Instant.now()),
                            ReloadReport.Outcome.COMPILE_FAILED,
                            result.errors(),
                            "the sources do not compile");
                }
                lastCompileFailed = false;
                lastCompileAt = compileBegun;
            }
        }
        if (mode == ReloadMode.RESTART) {
            rollBecause = null; // asked for: no reason to give
        } else if (rollBecause == null && (folder != null || buildOnly)) {
            SwapPlan plan = buildOnly ? planForBuild(runningPrefix) : planForCompile(folder, runningPrefix);
            decision = ReloadDecision.rolled(
                    plan.reason(),
                    buildOnly ? 0 : ClassFiles.read(folder).size(),
                    List.copyOf(plan.classes().keySet()));
            if (plan.swappable()) {
                List<Path> swapPrefix = folder == null ? List.of() : List.of(folder);
                if (folder != null) {
                    // A worker that replaces one after the swap starts with this folder: the resources changed
                    // by earlier reloads must be in it too.
                    dev.copyResources(folder);
                }
                Reloader.SwapOutcome swapped = join(swapper.swap(plan.classes(), swapPrefix));
                if (swapped.swapped()) {
                    if (folder != null) {
                        dev.swappedIn(folder);
                    }
                    if (buildOnly) {
                        dev.reset();
                        built = readBuild(); // what the workers run now
                    }
                    return new ReloadReport(
                            trigger,
                            compileTime,
                            Duration.ZERO,
                            Duration.between(seen, Instant.now()),
                            ReloadReport.Outcome.RELOADED,
                            List.of(),
                            null,
                            new ReloadDecision(
                                    ReloadDecision.Kind.SWAPPED,
                                    null,
                                    decision.compiledClasses(),
                                    decision.changedClasses(),
                                    swapped.workers(),
                                    swapped.time()));
                }
                rollBecause = swapped.refusal();
            } else {
                rollBecause = plan.reason();
            }
        }
        if (buildOnly) {
            dev.reset(); // the user's build compiled: its classes are the newest
        }
        if (folder == null && dev.hasResources()) {
            folder = dev.newFolderFromCurrent();
        }
        if (folder != null) {
            dev.use(folder);
        }
        List<Path> prefix = dev.classPathPrefix();
        long rollBegun = System.nanoTime();
        GenerationOutcome outcome = join(roller.roll(prefix));
        Duration startup = Duration.ofNanos(System.nanoTime() - rollBegun);
        if (outcome.rolled()) {
            dev.served(prefix);
            if (mode == ReloadMode.SWAP) {
                built = readBuild();
            }
        }
        return new ReloadReport(
                trigger,
                compileTime,
                startup,
                Duration.between(seen, Instant.now()),
                outcome.rolled() ? ReloadReport.Outcome.RELOADED : ReloadReport.Outcome.STARTUP_FAILED,
                List.of(),
                outcome.message(),
                ReloadDecision.rolled(rollBecause, decision.compiledClasses(), decision.changedClasses()));
    }

    /** Swap or roll for classes just compiled into {@code folder}, against what the workers run. */
    private SwapPlan planForCompile(Path folder, List<Path> runningPrefix) {
        List<Path> running = new ArrayList<>(runningPrefix);
        running.addAll(folders.classFolders());
        Map<String, byte[]> compiled = ClassFiles.read(folder);
        Set<String> removed = new LinkedHashSet<>();
        for (Path previous : runningPrefix) {
            removed.addAll(ClassFiles.read(previous).keySet());
        }
        removed.removeAll(compiled.keySet());
        return SwapDecision.decide(compiled, name -> ClassFiles.find(running, name), removed);
    }

    /**
     * Swap or roll for classes a build wrote into the class folders, against what the workers run:
     * the classes reload compiled, else the build's classes as read before.
     */
    private SwapPlan planForBuild(List<Path> runningPrefix) {
        Map<String, byte[]> now = readBuild();
        Map<String, byte[]> before = built;
        if (before == null) {
            return SwapPlan.roll(Map.of(), "the classes the workers run were not read before the build wrote new ones");
        }
        Set<String> removed = new LinkedHashSet<>(before.keySet());
        removed.removeAll(now.keySet());
        return SwapDecision.decide(
                now,
                name -> {
                    byte[] swapped = runningPrefix.isEmpty() ? null : ClassFiles.find(runningPrefix, name);
                    return swapped != null ? swapped : before.get(name);
                },
                removed);
    }

    /** The build's classes, merged over its class folders (the first folder wins, as on the classpath). */
    private Map<String, byte[]> readBuild() {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        for (Path folder : folders.classFolders()) {
            ClassFiles.read(folder).forEach(classes::putIfAbsent);
        }
        return classes;
    }

    private WarmCompiler compiler() {
        if (compiler == null) {
            compiler = new WarmCompiler(workingFolder);
        }
        return compiler;
    }

    private List<String> trigger(List<Path> changed) {
        Set<String> names = new LinkedHashSet<>();
        for (Path file : changed) {
            Path root = folders == null ? null : folders.rootOf(file);
            names.add(root != null && !root.equals(file) ? root.relativize(file).toString() : display(file));
        }
        return List.copyOf(names);
    }

    private String display(Path path) {
        return path.startsWith(workingFolder) && !path.equals(workingFolder)
                ? workingFolder.relativize(path).toString()
                : path.toString();
    }

    private void stopWatching() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
        if (debouncer != null) {
            debouncer.cancel();
            debouncer = null;
        }
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reloading", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Stops watching and deletes the dev classes once a reload in progress has ended. Does not wait:
     * the supervisor's thread calls it, and a reload in progress may be waiting for that thread.
     */
    @Override
    public void close() {
        thread.execute(() -> {
            stopWatching();
            if (compiler != null) {
                compiler.close();
            }
            dev.close();
        });
        thread.shutdown();
    }
}
