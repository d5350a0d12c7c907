package dev.wharf.supervisor.process;

import static dev.wharf.config.catalog.ReloadOptions.RELOAD;
import static dev.wharf.config.catalog.WorkerOptions.WORKERS;

import dev.wharf.config.Config;
import dev.wharf.config.Settings;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.sources.EnvFile;
import dev.wharf.control.ControlMessage;
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
import dev.wharf.supervisor.reload.WatchedFolders;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The supervisor, as Uvicorn's {@code Multiprocess}: binds the one listening socket, spawns worker
 * JVMs that share it and stops them, and applies settings. It puts together the three parts that
 * do the rest: {@link WorkerLifecycle} (each worker's life: greeting, phases, exit, replacement with
 * backoff, crash loops, health checks, scaling), {@link GenerationRoller} (restarts and reloads roll
 * a new generation in and drain the old one) and {@link ReloadCoordinator} (the {@link
 * dev.wharf.supervisor.reload.Reloader} and spare workers), over the {@link ServerRun} they share.
 *
 * <p>Threads: everything those parts and this class hold is owned by one thread, {@link #loop},
 * which also calls the listeners. Public methods hand their work to it; Netty's control-channel
 * threads, the log pumps and the reloader do too.
 */
public final class ProcessSupervisor implements Supervisor {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");

    private final SupervisorLoop loop = new SupervisorLoop();
    private final Transport transport = Transport.best();
    private final EventLoopGroup netty = new MultiThreadIoEventLoopGroup(
            1, new DefaultThreadFactory("wharf-supervisor-io", true), transport.ioHandlerFactory());
    private final LogBuffer logs = new LogBuffer(2_000, 64);
    private final Announcer announcer;
    private final ServerRun run;
    private final WorkerLifecycle lifecycle;
    private final ReloadCoordinator reload;
    private final GenerationRoller roller;
    private final HotSwapper hotSwapper;

    private CompletableFuture<Void> stopped = CompletableFuture.completedFuture(null);
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    /**
     * @param echoLogs copy every worker line to this process's stdout/stderr, as a terminal user expects
     */
    public ProcessSupervisor(Settings settings, WorkerLauncher launcher, boolean echoLogs) {
        this.run = new ServerRun(settings);
        this.announcer = new Announcer(logs, echoLogs, this::snapshotNow);
        WorkerOutput output = new WorkerOutput(
                logs, echoLogs, loop, line -> announcer.emit(new SupervisorEvent.Log(line.at(), line)));
        this.lifecycle = new WorkerLifecycle(
                loop,
                run,
                announcer,
                logs,
                listener -> new WorkerStarter(launcher, transport, netty, loop, output, listener),
                new WorkerLifecycle.Listener() {
                    @Override
                    public void servingWorkerStarted() {
                        if (run.workerStarted()) {
                            reload.serverRuns();
                        }
                    }

                    @Override
                    public void rollingWorkerStarted() {
                        roller.workerStarted();
                    }

                    @Override
                    public void rollingWorkerFailed(String why) {
                        roller.abort(why);
                    }

                    @Override
                    public void spareExited(WorkerHandle spare) {
                        reload.spareExited(spare);
                    }

                    @Override
                    public void lastWorkerStopped() {
                        finishStop();
                    }

                    @Override
                    public void redefined(WorkerHandle worker, ControlMessage.Redefined answer) {
                        hotSwapper.answered(worker, answer);
                    }

                    @Override
                    public void workerExited(WorkerHandle worker) {
                        hotSwapper.exited(worker);
                    }
                });
        this.hotSwapper = new HotSwapper(loop, run, lifecycle.workers());
        this.reload = new ReloadCoordinator(
                loop, run, announcer, lifecycle::startSpare, this::rollForReload, hotSwapper::swap);
        this.roller = new GenerationRoller(loop, run, lifecycle, reload, announcer, transport, netty);
        loop.every(HealthCheck.PERIOD, lifecycle::checkHealth);
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
        return loop.callUnchecked(() -> roller.roll("restart", run.desired(), run.servingPrefix()));
    }

    @Override
    public CompletableFuture<ReloadReport> reload() {
        return reload.reloadNow();
    }

    @Override
    public void scale(int count) {
        WORKERS.type().check(count);
        loop.callUnchecked(() -> {
            lifecycle.scale(count);
            return null;
        });
    }

    @Override
    public void kill(int workerId) {
        loop.callUnchecked(() -> {
            lifecycle.kill(workerId);
            return null;
        });
    }

    @Override
    public void restartWorker(int workerId) {
        loop.callUnchecked(() -> {
            lifecycle.restart(workerId);
            return null;
        });
    }

    @Override
    public SettingsChange applySettings(Settings next) {
        return loop.callUnchecked(() -> applyOnLoop(next));
    }

    @Override
    public Settings settings() {
        return loop.callUnchecked(run::running);
    }

    @Override
    public SupervisorSnapshot snapshot() {
        return announcer.snapshot();
    }

    @Override
    public List<LogLine> logs() {
        return logs.all();
    }

    @Override
    public AutoCloseable subscribe(Consumer<SupervisorEvent> listener) {
        return announcer.subscribe(listener);
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
        ServerStatus status = run.status();
        if (status == ServerStatus.STARTING || status == ServerStatus.RUNNING || status == ServerStatus.STOPPING) {
            throw new IllegalStateException(
                    "the server is already " + status.name().toLowerCase(Locale.ROOT));
        }
        Settings settings = run.running();
        Config config = new Config(settings);
        Path here = Path.of("").toAbsolutePath();
        if (settings.get(RELOAD)) {
            try {
                WatchedFolders.of(settings, here);
            } catch (IllegalArgumentException e) {
                throw new SupervisorException(e.getMessage(), e);
            }
        }
        Map<String, String> envFile =
                config.get(AppOptions.ENV_FILE) == null ? Map.of() : readEnvFile(config.get(AppOptions.ENV_FILE));
        run.bound(SharedSocket.bind(config, transport, netty));
        lifecycle.open(envFile);
        stopped = new CompletableFuture<>();
        run.starting();
        reload.start(here);
        SharedSocket socket = run.socket();
        announcer.say(0, "Wharf running on " + socket.address() + " (Press CTRL+C to quit)");
        announcer.say(0, "Started parent process [" + ProcessHandle.current().pid() + "]");
        if (!socket.shared()) {
            announcer.say(
                    0,
                    "This platform cannot pass the listening socket to workers: each binds it with SO_REUSEPORT instead.");
        }
        for (int slot = 0; slot < run.running().get(WORKERS); slot++) {
            lifecycle.spawn(slot, run.generation(), 0, null, run.running());
        }
        announcer.emit(new SupervisorEvent.ServerStarted(Instant.now(), socket.address()));
        announcer.publish();
    }

    private static Map<String, String> readEnvFile(Path file) throws SupervisorException {
        try {
            return EnvFile.read(file);
        } catch (IOException e) {
            throw new SupervisorException("Invalid --env-file: " + e.getMessage(), e);
        }
    }

    private CompletableFuture<Void> stopOnLoop() {
        List<WorkerHandle> alive = lifecycle.workers().alive();
        if (run.status() == ServerStatus.STOPPED || run.status() == ServerStatus.FAILED && alive.isEmpty()) {
            finishStop();
            return stopped;
        }
        if (run.status() == ServerStatus.STOPPING) {
            // Asked again while draining, as a second CTRL+C: cut what remains.
            announcer.say(0, "Forcing the workers to stop");
            alive.forEach(lifecycle::force);
            return stopped;
        }
        run.stopping();
        announcer.say(0, "Stopping parent process [" + ProcessHandle.current().pid() + "]");
        if (run.roll() != null) {
            roller.abort("the server is stopping");
        }
        // No new connections while draining: the workers' own copies of the socket close as they drain.
        close(run.socket());
        reload.stop();
        lifecycle.workers().alive().forEach(lifecycle::drain);
        announcer.publish();
        if (lifecycle.workers().alive().isEmpty()) {
            finishStop();
        }
        return stopped;
    }

    private void finishStop() {
        close(run.socket());
        reload.stop();
        lifecycle.close();
        // A failure has been reported as its own event; once stopped, the server is simply stopped.
        run.stopped();
        announcer.emit(new SupervisorEvent.ServerStopped(Instant.now()));
        announcer.publish();
        stopped.complete(null);
    }

    private static void close(SharedSocket socket) {
        if (socket != null) {
            socket.close();
        }
    }

    // ---- settings, and what the parts ask of each other ----

    private SettingsChange applyOnLoop(Settings next) {
        SettingsPlan plan = SettingsPlan.of(run.running(), run.desired(), next);
        run.settingsApplied(next, plan.running());
        if (plan.reachesWorkers()) {
            lifecycle.applyLive(run.running());
        }
        if (plan.changesReload()) {
            reload.settingsChanged();
        }
        if (plan.scales()) {
            lifecycle.scale(next.get(WORKERS));
        }
        announcer.emit(new SupervisorEvent.SettingsApplied(Instant.now(), plan.applied(), run.pendingRestart()));
        announcer.publish();
        return new SettingsChange(plan.applied(), plan.needRestart());
    }

    /** The reloader's roll: the settings asked for, with the dev classes it compiled. */
    private CompletableFuture<GenerationOutcome> rollForReload(List<Path> devClasses) {
        return roller.roll("reload", run.desired(), devClasses);
    }

    private SupervisorSnapshot snapshotNow() {
        SharedSocket socket = run.socket();
        return new SupervisorSnapshot(
                run.status(),
                socket == null ? null : socket.address(),
                run.generation(),
                lifecycle.workers().infos(),
                reload.lastReload(),
                run.pendingRestart(),
                reload.spares());
    }
}
