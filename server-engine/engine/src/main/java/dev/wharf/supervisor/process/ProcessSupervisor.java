package dev.wharf.supervisor.process;

import static dev.wharf.config.catalog.ReloadOptions.RELOAD;
import static dev.wharf.config.catalog.WorkerOptions.TIMEOUT_WORKER_HEALTHCHECK;
import static dev.wharf.config.catalog.WorkerOptions.WORKERS;

import dev.wharf.config.Config;
import dev.wharf.config.Setting;
import dev.wharf.config.Settings;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.config.sources.EnvFile;
import dev.wharf.control.ControlMessage;
import dev.wharf.control.ControlMessage.BindMode;
import dev.wharf.control.LifespanPhase;
import dev.wharf.control.SettingsJson;
import dev.wharf.server.Transport;
import dev.wharf.supervisor.GenerationOutcome;
import dev.wharf.supervisor.LogLine;
import dev.wharf.supervisor.ReloadReport;
import dev.wharf.supervisor.ServerStatus;
import dev.wharf.supervisor.SettingsChange;
import dev.wharf.supervisor.Supervisor;
import dev.wharf.supervisor.SupervisorEvent;
import dev.wharf.supervisor.SupervisorException;
import dev.wharf.supervisor.SupervisorSnapshot;
import dev.wharf.supervisor.reload.ReloadLines;
import dev.wharf.supervisor.reload.Reloader;
import dev.wharf.supervisor.reload.WatchedFolders;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The supervisor, as Uvicorn's {@code Multiprocess}: binds the one listening socket, spawns worker
 * JVMs that share it, watches them over their control channels, replaces the ones that die (with
 * backoff, and without spinning on a crash loop), scales, rolls new generations for restarts and
 * reloads, and applies settings. With reload on it keeps spare worker JVMs started ahead of need,
 * so that a reload only waits for the new app classes to load, and hands watching and compiling to
 * a {@link Reloader}.
 *
 * <p>Threads: every field below the constructor's is owned by one thread, {@link #loop}, which
 * also calls the listeners. Public methods hand their work to it; Netty's control-channel threads
 * and the log pumps do too.
 */
public final class ProcessSupervisor implements Supervisor {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");
    private static final int LAST_LINES = 30;
    /** How long after a roll before starting spares: the new generation's first requests get the CPU first. */
    private static final Duration SPARE_DELAY = Duration.ofMillis(500);
    /** How long a worker told to shut down at once (a second CTRL+C, a failed generation) has before it is killed. */
    private static final Duration FORCE_AFTER = Duration.ofSeconds(5);

    private final SupervisorLoop loop = new SupervisorLoop();
    private final Transport transport = Transport.best();
    private final EventLoopGroup netty = new MultiThreadIoEventLoopGroup(
            1, new DefaultThreadFactory("wharf-supervisor-io", true), transport.ioHandlerFactory());
    private final boolean echoLogs;
    private final Events events = new Events();
    private final LogBuffer logs = new LogBuffer(2_000, 64);
    private final WorkerStarter starter;
    private final HealthCheck health = new HealthCheck();

    private Settings running;
    private Settings desired;
    private ServerStatus status = ServerStatus.STOPPED;
    private SharedSocket socket;
    private int nextGeneration = 1;
    private int generation;
    private final WorkerTable workers = new WorkerTable();
    private final Map<Integer, RestartPolicy> policies = new HashMap<>();
    private final Set<Integer> crashLooped = new HashSet<>();
    private Roll roll;
    private final SpareWorkers spares = new SpareWorkers(this::startSpare);
    private Reloader reloader;
    /** The dev classes the serving generation's workers put first on the app classpath. */
    private List<Path> servingPrefix = List.of();

    private CompletableFuture<Void> stopped = CompletableFuture.completedFuture(null);
    private ReloadReport lastReload;
    private volatile SupervisorSnapshot snapshot = SupervisorSnapshot.STOPPED;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    /**
     * @param echoLogs copy every worker line to this process's stdout/stderr, as a terminal user expects
     */
    public ProcessSupervisor(Settings settings, WorkerLauncher launcher, boolean echoLogs) {
        this.running = settings;
        this.desired = settings;
        this.echoLogs = echoLogs;
        WorkerOutput output =
                new WorkerOutput(logs, echoLogs, loop, line -> emit(new SupervisorEvent.Log(line.at(), line)));
        this.starter = new WorkerStarter(launcher, transport, netty, loop, output, new WorkerStarter.Listener() {
            @Override
            public void onMessage(WorkerHandle handle, ControlMessage message) {
                ProcessSupervisor.this.onMessage(handle, message);
            }

            @Override
            public void onControlClosed(WorkerHandle handle) {
                // The process's exit is what counts; a channel that closes first is just the first sign of it.
                log.debug("Control channel of worker {} closed", handle.id);
            }

            @Override
            public void onExit(WorkerHandle handle) {
                ProcessSupervisor.this.onExit(handle);
            }
        });
        loop.every(
                HealthCheck.PERIOD,
                () -> health.round(workers.alive(), running.get(TIMEOUT_WORKER_HEALTHCHECK), (hung, why) -> {
                    say(hung.id, why);
                    hung.process().destroyForcibly();
                }));
    }

    /** Workers like this process: same {@code java}, same classpath. */
    public static WorkerLauncher launcherLikeThisProcess() {
        return WorkerLauncher.likeThisProcess();
    }

    // ---- the API: each hands its work to the supervisor's thread ----

    @Override
    public void start() throws SupervisorException {
        try {
            loop.call(() -> {
                startOnLoop();
                return null;
            });
        } catch (SupervisorException e) {
            throw e;
        } catch (Exception e) {
            throw new SupervisorException(e.getMessage(), e);
        }
    }

    @Override
    public CompletableFuture<Void> stop() {
        return loop.callUnchecked(this::stopOnLoop);
    }

    @Override
    public CompletableFuture<GenerationOutcome> restart() {
        return loop.callUnchecked(() -> startRoll("restart", desired, servingPrefix));
    }

    @Override
    public CompletableFuture<ReloadReport> reload() {
        Reloader current = loop.callUnchecked(() -> reloader);
        if (current == null) {
            return CompletableFuture.completedFuture(new ReloadReport(
                    List.of(),
                    Duration.ZERO,
                    Duration.ZERO,
                    Duration.ZERO,
                    ReloadReport.Outcome.STARTUP_FAILED,
                    List.of(),
                    "the server is not running"));
        }
        return current.reloadNow();
    }

    @Override
    public void scale(int count) {
        WORKERS.type().check(count);
        loop.callUnchecked(() -> {
            scaleOnLoop(count);
            return null;
        });
    }

    @Override
    public void kill(int workerId) {
        loop.callUnchecked(() -> {
            WorkerHandle handle = workers.get(workerId);
            if (handle != null && handle.alive() && handle.process() != null) {
                say(workerId, "Killing worker " + workerId + " [" + handle.pid() + "] (SIGKILL)");
                handle.process().destroyForcibly();
            }
            return null;
        });
    }

    @Override
    public SettingsChange applySettings(Settings next) {
        return loop.callUnchecked(() -> applyOnLoop(next));
    }

    @Override
    public Settings settings() {
        return loop.callUnchecked(() -> running);
    }

    @Override
    public SupervisorSnapshot snapshot() {
        return snapshot;
    }

    @Override
    public List<LogLine> logs() {
        return logs.all();
    }

    @Override
    public AutoCloseable subscribe(Consumer<SupervisorEvent> listener) {
        return events.subscribe(listener);
    }

    /**
     * Stops the workers and releases the supervisor's threads. A second close (a window that stopped
     * its server as it closed may be closed again by whoever owns it) waits for the first instead of
     * stopping again.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            try {
                closed.get(6, TimeUnit.MINUTES);
            } catch (Exception e) {
                log.debug("Waited for the supervisor's first close: {}", e.toString());
            }
            return;
        }
        try {
            stop().get(5, TimeUnit.MINUTES);
        } catch (Exception e) {
            log.warn("Supervisor did not stop cleanly: {}", e.toString());
        } finally {
            loop.shutdown();
            netty.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            closed.complete(null);
        }
    }

    // ---- start and stop ----

    private void startOnLoop() throws SupervisorException, IOException, InterruptedException {
        if (status == ServerStatus.STARTING || status == ServerStatus.RUNNING || status == ServerStatus.STOPPING) {
            throw new IllegalStateException(
                    "the server is already " + status.name().toLowerCase(Locale.ROOT));
        }
        Config config = new Config(running);
        Path here = Path.of("").toAbsolutePath();
        if (running.get(RELOAD)) {
            try {
                WatchedFolders.of(running, here);
            } catch (IllegalArgumentException e) {
                throw new SupervisorException(e.getMessage(), e);
            }
        }
        Map<String, String> envFile =
                config.get(AppOptions.ENV_FILE) == null ? Map.of() : readEnvFile(config.get(AppOptions.ENV_FILE));
        socket = SharedSocket.bind(config, transport, netty);
        starter.open(envFile);
        workers.clear();
        policies.clear();
        crashLooped.clear();
        stopped = new CompletableFuture<>();
        status = ServerStatus.STARTING;
        generation = nextGeneration++;
        servingPrefix = List.of();
        reloader =
                new Reloader(here, this::rollForReload, this::onReloadReport, text -> loop.execute(() -> say(0, text)));
        try {
            // Nothing else runs on the reload thread yet: waiting here means a change made once start() returns is
            // seen.
            configureReload().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            log.debug("Reload is not watching yet: {}", e.toString()); // said to the user by configureReload
        }
        say(0, "Wharf running on " + socket.address() + " (Press CTRL+C to quit)");
        say(0, "Started parent process [" + ProcessHandle.current().pid() + "]");
        if (!socket.shared()) {
            say(
                    0,
                    "This platform cannot pass the listening socket to workers: each binds it with SO_REUSEPORT instead.");
        }
        for (int slot = 0; slot < running.get(WORKERS); slot++) {
            spawn(slot, generation, 0, null, running);
        }
        emit(new SupervisorEvent.ServerStarted(Instant.now(), socket.address()));
        publish();
    }

    private static Map<String, String> readEnvFile(Path file) throws SupervisorException {
        try {
            return EnvFile.read(file);
        } catch (IOException e) {
            throw new SupervisorException("Invalid --env-file: " + e.getMessage(), e);
        }
    }

    private CompletableFuture<Void> stopOnLoop() {
        if (status == ServerStatus.STOPPED
                || status == ServerStatus.FAILED && workers.alive().isEmpty()) {
            finishStop();
            return stopped;
        }
        if (status == ServerStatus.STOPPING) {
            // Asked again while draining, as a second CTRL+C: cut what remains.
            say(0, "Forcing the workers to stop");
            for (WorkerHandle handle : workers.alive()) {
                force(handle);
            }
            return stopped;
        }
        status = ServerStatus.STOPPING;
        say(0, "Stopping parent process [" + ProcessHandle.current().pid() + "]");
        if (roll != null) {
            abortRoll("the server is stopping");
        }
        // No new connections while draining: the workers' own copies of the socket close as they drain.
        closeSocket(socket);
        stopReload();
        for (WorkerHandle handle : workers.alive()) {
            drain(handle);
        }
        publish();
        if (workers.alive().isEmpty()) {
            finishStop();
        }
        return stopped;
    }

    private void finishStop() {
        closeSocket(socket);
        stopReload();
        socket = null;
        starter.close();
        // A failure has been reported as its own event; once stopped, the server is simply stopped.
        status = ServerStatus.STOPPED;
        emit(new SupervisorEvent.ServerStopped(Instant.now()));
        publish();
        stopped.complete(null);
    }

    private void drain(WorkerHandle handle) {
        handle.drained();
        if (handle.control() != null) {
            say(handle.id, "Waiting for child process [" + handle.pid() + "]");
            handle.send(new ControlMessage.Drain());
        } else if (handle.process() != null) {
            handle.process().destroy();
        }
    }

    /** Tells a worker to shut down at once, and kills it if it has not within {@link #FORCE_AFTER}. */
    private void force(WorkerHandle handle) {
        handle.forced();
        handle.send(new ControlMessage.Shutdown());
        loop.schedule(FORCE_AFTER, () -> handle.process().destroyForcibly());
    }

    // ---- workers ----

    private void spawn(int slot, int gen, int restarts, Integer previousExitCode, Settings settings) {
        WorkerHandle handle =
                starter.handle(slot, gen, restarts, previousExitCode, workerSettings(settings, prefixOf(gen)));
        workers.add(handle);
        try {
            starter.launch(handle, WorkerLauncher.jvmOptions(settings));
        } catch (IOException | InterruptedException | RuntimeException e) {
            handle.couldNotLaunch("could not start the worker process: " + e.getMessage());
            say(handle.id, "Could not start worker " + handle.id + ": " + e.getMessage());
            publish();
            return;
        }
        emit(new SupervisorEvent.WorkerSpawned(Instant.now(), handle.id, handle.pid(), gen));
        publish();
    }

    /** The settings a worker of a generation gets: its app classpath starts with the generation's dev classes. */
    private static Settings workerSettings(Settings settings, List<Path> prefix) {
        if (prefix.isEmpty()) {
            return settings;
        }
        List<String> appDir =
                new ArrayList<>(prefix.stream().map(Path::toString).toList());
        appDir.addAll(settings.get(AppOptions.APP_DIR));
        return settings.with(AppOptions.APP_DIR, appDir);
    }

    private List<Path> prefixOf(int gen) {
        return roll != null && gen == roll.generation() ? roll.classPathPrefix() : servingPrefix;
    }

    private void onMessage(WorkerHandle handle, ControlMessage message) {
        switch (message) {
            case ControlMessage.Hello hello -> onHello(handle, hello);
            case ControlMessage.SocketReceived ignored ->
                handle.send(
                        new ControlMessage.Configure(SettingsJson.encode(handle.settings()), BindMode.SHARED_SOCKET));
            case ControlMessage.Phase phase -> onPhase(handle, phase.phase(), phase.message());
            case ControlMessage.Stats stats -> {
                handle.statsReported(stats.stats());
                emit(new SupervisorEvent.WorkerStatsChanged(Instant.now(), handle.id, stats.stats()));
                publish();
            }
            case ControlMessage.State state -> {
                handle.appStateReported(state.state(), state.cut());
                emit(new SupervisorEvent.WorkerStateChanged(Instant.now(), handle.id, state.state(), state.cut()));
                publish();
            }
            case ControlMessage.PluginData data -> {
                handle.pluginDataReported(data.key(), data.data());
                emit(new SupervisorEvent.WorkerPluginData(Instant.now(), handle.id, data.key(), data.data()));
                publish();
            }
            case ControlMessage.Pong pong -> handle.pongReceived(pong.seq());
            case ControlMessage.SettingsApplied applied ->
                log.debug("Worker {} applied {}", handle.id, applied.applied());
            default ->
                log.warn(
                        "Worker {} sent an unexpected '{}'",
                        handle.id,
                        message.getClass().getSimpleName());
        }
    }

    private void onHello(WorkerHandle handle, ControlMessage.Hello hello) {
        if (!handle.token.equals(hello.token()) || hello.workerId() != handle.id) {
            log.error("A process that is not worker {} connected to its control socket; closing it", handle.id);
            handle.control().close();
            return;
        }
        handle.greeted(hello.jvm());
        if (!handle.state().spare()) {
            handOver(handle);
        }
    }

    /** Gives a greeted worker its listening socket (then, once it has it, its settings). */
    private void handOver(WorkerHandle handle) {
        SharedSocket served = handle.generation() == (roll != null ? roll.generation() : -1) ? roll.socket() : socket;
        if (served != null && served.shared()) {
            handle.control().sendDescriptor(served.descriptor());
        } else {
            Settings settings = served == null || served.port() < 0
                    ? handle.settings()
                    : handle.settings().with(ServerOptions.PORT, served.port());
            handle.send(new ControlMessage.Configure(SettingsJson.encode(settings), BindMode.REUSE_PORT));
        }
    }

    private void onPhase(WorkerHandle handle, LifespanPhase phase, String message) {
        if (!handle.phaseReported(phase, message)) {
            return;
        }
        emit(new SupervisorEvent.WorkerPhaseChanged(Instant.now(), handle.id, phase, message));
        if (phase == LifespanPhase.STARTED) {
            onStarted(handle);
        } else if (phase == LifespanPhase.FAILED && roll != null && handle.generation() == roll.generation()) {
            abortRoll("worker " + handle.id + " failed startup: " + message);
        }
        publish();
    }

    private void onStarted(WorkerHandle handle) {
        if (roll != null && handle.generation() == roll.generation()) {
            if (workers.started(roll.generation(), roll.settings().get(WORKERS))) {
                completeRoll();
            }
        } else if (status == ServerStatus.STARTING || status == ServerStatus.FAILED) {
            status = ServerStatus.RUNNING;
            if (running.get(RELOAD) && reloader != null) {
                reloader.warmUp();
            }
            refillSpares();
        }
    }

    private void onExit(WorkerHandle handle) {
        int code = handle.process().exitValue();
        WorkerState before = handle.exited(code);
        if (before.spare()) {
            spares.exited(handle);
            handle.closeControlServer();
            return;
        }
        handle.closeControlServer();
        List<String> lastLines = logs.last(handle.id, LAST_LINES);
        boolean expected = before.toldToStop();
        boolean stoppedItself = before == WorkerState.STOPPING_ITSELF;
        if (!expected && !stoppedItself) {
            say(handle.id, "Child process [" + handle.pid() + "] died" + (code != 0 ? " with exit code " + code : ""));
        }
        emit(new SupervisorEvent.WorkerExited(
                Instant.now(), handle.id, handle.pid(), code, expected || stoppedItself, lastLines));
        if (status == ServerStatus.STOPPING) {
            workers.remove(handle.id);
            if (workers.alive().isEmpty()) {
                finishStop();
            }
        } else if (roll != null && handle.generation() == roll.generation() && !expected) {
            abortRoll("worker " + handle.id + " exited with code " + code + " during startup");
        } else if (expected) {
            workers.remove(handle.id);
        } else if (handle.generation() == generation) {
            replace(handle, stoppedItself, lastLines);
        }
        publish();
    }

    private void replace(WorkerHandle dead, boolean stoppedItself, List<String> lastLines) {
        if (dead.slot() >= running.get(WORKERS)) {
            workers.remove(dead.id);
            return;
        }
        RestartPolicy policy = policies.computeIfAbsent(dead.slot(), slot -> new RestartPolicy());
        boolean crashed = !(stoppedItself && dead.exitCode() == 0);
        Duration delay = policy.onDeath(dead.hasStarted(), dead.servedFor(), crashed);
        if (delay == null) {
            crashLooped.add(dead.slot());
            say(
                    dead.id,
                    "Worker slot " + dead.slot() + " failed " + policy.failures()
                            + " times in a row; not restarting it until "
                            + "the next restart or reload. Its last lines:\n  " + String.join("\n  ", lastLines));
            emit(new SupervisorEvent.CrashLoop(Instant.now(), dead.slot(), policy.failures(), lastLines));
            if (!workers.anyStarted() && crashLooped.size() >= running.get(WORKERS)) {
                status = ServerStatus.FAILED;
                emit(new SupervisorEvent.ServerFailed(
                        Instant.now(), "every worker fails at startup: " + lastLine(dead)));
            }
            return;
        }
        loop.schedule(delay, () -> {
            boolean stillWanted = (status == ServerStatus.RUNNING || status == ServerStatus.STARTING)
                    && dead.generation() == generation
                    && dead.slot() < running.get(WORKERS)
                    && !crashLooped.contains(dead.slot())
                    && workers.aliveOf(generation).stream().noneMatch(w -> w.slot() == dead.slot());
            if (stillWanted) {
                int newId = starter.nextId();
                spawn(dead.slot(), generation, dead.restarts + 1, dead.exitCode(), running);
                emit(new SupervisorEvent.WorkerReplaced(Instant.now(), dead.id, newId, delay.toMillis()));
            }
        });
    }

    private static String lastLine(WorkerHandle handle) {
        return handle.message() != null ? handle.message() : "exit code " + handle.exitCode();
    }

    // ---- scaling, settings, generations ----

    private void scaleOnLoop(int count) {
        int from = running.get(WORKERS);
        running = running.with(WORKERS, count);
        desired = desired.with(WORKERS, count);
        if (status == ServerStatus.RUNNING || status == ServerStatus.STARTING) {
            List<WorkerHandle> current = workers.aliveOf(generation).stream()
                    .filter(w -> !w.state().toldToStop())
                    .toList();
            for (WorkerHandle handle : current) {
                if (handle.slot() >= count) {
                    drain(handle);
                }
            }
            crashLooped.removeIf(slot -> slot >= count);
            for (int slot = 0; slot < count; slot++) {
                int s = slot;
                if (current.stream().noneMatch(w -> w.slot() == s)) {
                    spawn(slot, generation, 0, null, running);
                }
            }
            workers.removeDead(w -> w.slot() >= count);
        }
        if (from != count) {
            say(0, "Scaled from " + from + " to " + count + " worker" + (count == 1 ? "" : "s"));
            emit(new SupervisorEvent.Scaled(Instant.now(), from, count));
        }
        publish();
    }

    private SettingsChange applyOnLoop(Settings next) {
        SettingsPlan plan = SettingsPlan.of(running, desired, next);
        desired = next;
        running = plan.running();
        if (plan.reachesWorkers()) {
            for (WorkerHandle handle : workers.alive()) {
                handle.send(new ControlMessage.ApplySettings(
                        SettingsJson.encode(workerSettings(running, prefixOf(handle.generation())))));
            }
        }
        if (plan.changesReload() && reloader != null) {
            configureReload();
            if (running.get(RELOAD)) {
                refillSpares();
            } else {
                spares.drop();
            }
        }
        if (plan.scales()) {
            scaleOnLoop(next.get(WORKERS));
        }
        emit(new SupervisorEvent.SettingsApplied(Instant.now(), plan.applied(), pendingRestart()));
        publish();
        return new SettingsChange(plan.applied(), plan.needRestart());
    }

    private List<Setting<?>> pendingRestart() {
        return SettingsPlan.pendingRestart(running, desired);
    }

    private CompletableFuture<GenerationOutcome> startRoll(String reason, Settings settings, List<Path> prefix) {
        if (roll != null) {
            return roll.done();
        }
        if (status != ServerStatus.RUNNING && status != ServerStatus.STARTING && status != ServerStatus.FAILED) {
            return CompletableFuture.completedFuture(
                    new GenerationOutcome(generation, false, "the server is not running"));
        }
        SharedSocket rollSocket = socket;
        if (bindsDifferently(running, settings)) {
            try {
                rollSocket = SharedSocket.bind(new Config(settings), transport, netty);
            } catch (SupervisorException e) {
                return CompletableFuture.completedFuture(new GenerationOutcome(generation, false, e.getMessage()));
            }
        }
        int gen = nextGeneration++;
        roll = new Roll(
                gen, settings, rollSocket, reason, Instant.now(), new CompletableFuture<>(), List.copyOf(prefix));
        emit(new SupervisorEvent.GenerationStarting(Instant.now(), gen, reason));
        int adopted = 0;
        for (int slot = 0; slot < settings.get(WORKERS); slot++) {
            WorkerHandle spare = spares.take(WorkerLauncher.jvmOptions(settings));
            if (spare != null) {
                adopt(spare, slot, gen, settings);
                adopted++;
            } else {
                spawn(slot, gen, 0, null, settings);
            }
        }
        say(
                0,
                "Starting generation " + gen + " (" + reason
                        + (adopted == 0
                                ? ""
                                : "; " + adopted + " of its " + settings.get(WORKERS)
                                        + " workers on spare JVMs started ahead")
                        + ")");
        return roll.done();
    }

    private static boolean bindsDifferently(Settings a, Settings b) {
        return !a.get(ServerOptions.HOST).equals(b.get(ServerOptions.HOST))
                || !a.get(ServerOptions.PORT).equals(b.get(ServerOptions.PORT))
                || !Objects.equals(a.get(ServerOptions.UDS), b.get(ServerOptions.UDS))
                || !a.get(ServerOptions.BACKLOG).equals(b.get(ServerOptions.BACKLOG));
    }

    private void completeRoll() {
        Roll done = roll;
        roll = null;
        int from = generation;
        for (WorkerHandle handle : workers.alive()) {
            if (handle.generation() != done.generation()) {
                drain(handle);
            }
        }
        workers.removeDead(w -> w.generation() != done.generation());
        if (done.socket() != socket) {
            closeSocket(socket);
            socket = done.socket();
        }
        generation = done.generation();
        servingPrefix = done.classPathPrefix();
        boolean appMoved =
                !running.get(AppOptions.APP_DIR).equals(done.settings().get(AppOptions.APP_DIR));
        running = done.settings();
        if (appMoved && reloader != null) {
            configureReload(); // the app's folders are elsewhere now: watch and compile those
        }
        crashLooped.clear();
        policies.clear();
        status = ServerStatus.RUNNING;
        say(
                0,
                "Generation " + generation + " serves (" + done.reason() + " in "
                        + Duration.between(done.begun(), Instant.now()).toMillis() + " ms); generation " + from
                        + " is draining");
        emit(new SupervisorEvent.GenerationRolled(Instant.now(), from, generation));
        done.done().complete(new GenerationOutcome(generation, true, null));
        loop.schedule(SPARE_DELAY, this::refillSpares);
    }

    private void abortRoll(String message) {
        Roll failed = roll;
        roll = null;
        for (WorkerHandle handle : workers.alive()) {
            if (handle.generation() == failed.generation()) {
                force(handle);
            }
        }
        if (failed.socket() != socket) {
            closeSocket(failed.socket());
        }
        say(
                0,
                "Generation " + failed.generation() + " failed (" + message + "); generation " + generation
                        + " keeps serving");
        emit(new SupervisorEvent.GenerationFailed(Instant.now(), failed.generation(), message));
        failed.done().complete(new GenerationOutcome(generation, false, message));
        loop.schedule(SPARE_DELAY, this::refillSpares);
    }

    // ---- reload: the reloader compiles, the supervisor rolls; spare workers make the roll fast ----

    private CompletableFuture<Void> configureReload() {
        return reloader.configure(running).whenComplete((ok, failure) -> {
            if (failure != null) {
                loop.execute(() -> say(0, "Reload cannot watch for changes: " + failure.getMessage(), true));
            }
        });
    }

    private void stopReload() {
        spares.drop();
        if (reloader != null) {
            reloader.close();
            reloader = null;
        }
    }

    /** The reloader's roller: a roll with its dev classes, after the roll in progress if there is one. */
    private CompletableFuture<GenerationOutcome> rollForReload(List<Path> prefix) {
        return loop.callUnchecked(() -> roll == null
                ? startRoll("reload", desired, prefix)
                : roll.done().thenCompose(previous -> rollForReload(prefix)));
    }

    private void onReloadReport(ReloadReport report) {
        loop.execute(() -> {
            lastReload = report;
            boolean failed = report.outcome() != ReloadReport.Outcome.RELOADED;
            ReloadLines.of(report).forEach(line -> say(0, line, failed));
            emit(new SupervisorEvent.Reloaded(Instant.now(), report));
            publish();
        });
    }

    /** Keeps one spare worker per worker while reload is on and the server runs steadily. */
    private void refillSpares() {
        if (status == ServerStatus.RUNNING && roll == null && running.get(RELOAD)) {
            spares.fill(running.get(WORKERS), WorkerLauncher.jvmOptions(running));
        }
    }

    private WorkerHandle startSpare(List<String> jvmOptions) throws IOException, InterruptedException {
        WorkerHandle spare = starter.handle(-1, 0, 0, null, null);
        starter.launch(spare, jvmOptions);
        return spare;
    }

    private void adopt(WorkerHandle spare, int slot, int gen, Settings settings) {
        spare.adopted(slot, gen, workerSettings(settings, prefixOf(gen)));
        workers.add(spare);
        emit(new SupervisorEvent.WorkerSpawned(Instant.now(), spare.id, spare.pid(), gen));
        // A spare that has greeted runs at once; one that has not is handed over when its hello comes.
        if (spare.state() == WorkerState.RUNNING) {
            handOver(spare);
        }
        publish();
    }

    // ---- helpers (supervisor thread) ----

    private void publish() {
        snapshot = new SupervisorSnapshot(
                status,
                socket == null ? null : socket.address(),
                generation,
                workers.infos(),
                lastReload,
                pendingRestart());
    }

    private void emit(SupervisorEvent event) {
        events.emit(event);
    }

    /**
     * A line of the supervisor's own, kept with the workers' lines as worker 0's (and the event that
     * carries it). It goes to this process's console too when worker lines do (the CLI); the window
     * shows it in its logs, so its console stays quiet.
     */
    private void say(int aboutWorker, String text) {
        say(aboutWorker, text, false);
    }

    private void say(int aboutWorker, String text, boolean warning) {
        if (warning) {
            log.warn(text);
        } else if (echoLogs) {
            log.info(text);
        }
        LogLine line = new LogLine(0, ProcessHandle.current().pid(), LogLine.Stream.SUPERVISOR, text, Instant.now());
        logs.add(line);
        emit(new SupervisorEvent.Log(line.at(), line));
    }

    private static void closeSocket(SharedSocket toClose) {
        if (toClose != null) {
            toClose.close();
        }
    }
}
