package dev.wharf.supervisor.process;

import static dev.wharf.config.catalog.WorkerOptions.TIMEOUT_WORKER_HEALTHCHECK;
import static dev.wharf.config.catalog.WorkerOptions.WORKERS;

import dev.wharf.config.Config;
import dev.wharf.config.Settings;
import dev.wharf.config.TlsSettings;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.control.ControlMessage;
import dev.wharf.control.ControlMessage.BindMode;
import dev.wharf.control.LifespanPhase;
import dev.wharf.control.SettingsJson;
import dev.wharf.supervisor.ExitCause;
import dev.wharf.supervisor.ServerStatus;
import dev.wharf.supervisor.SupervisorEvent;
import dev.wharf.worker.WorkerEnvironment;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lives of the server's worker processes, as Uvicorn's {@code Multiprocess} watches its
 * children: starting one in a slot of a generation, handing it its socket and settings once it has
 * greeted, following the lifespan phases and telemetry it reports, draining it or forcing it to
 * stop, and replacing one that dies (with backoff, leaving a slot that keeps failing alone as a
 * crash loop). A worker that stops answering its health check is killed, and so replaced. Scaling
 * is its business too: a slot more or less is a worker started or drained.
 *
 * <p>What a worker's startup, failure or exit means for a generation rolling in, for the server
 * starting or for the server stopping, it leaves to its {@link Listener}. It moves a worker through
 * its {@link WorkerState}s only by the handle's own transitions.
 *
 * <p>Threads: owned by the supervisor's thread ({@link SupervisorLoop}); the {@link WorkerStarter}
 * hands it each worker's messages and exit there.
 */
final class WorkerLifecycle implements WorkerStarter.Listener {

    /** What a worker's life means beyond it; called on the supervisor's thread. */
    interface Listener {
        /** A worker of the serving generation completed lifespan startup. */
        void servingWorkerStarted();

        /** A worker of the generation rolling in completed lifespan startup. */
        void rollingWorkerStarted();

        /** A worker of the generation rolling in failed its startup or died: that generation cannot serve. */
        void rollingWorkerFailed(String why);

        /** A spare worker's process ended. */
        void spareExited(WorkerHandle spare);

        /** The server is stopping and its last worker has exited. */
        void lastWorkerStopped();

        /** A worker answered a hot swap. */
        default void redefined(WorkerHandle worker, ControlMessage.Redefined answer) {}

        /** A worker (not a spare) exited. */
        default void workerExited(WorkerHandle worker) {}
    }

    private static final Logger log = LoggerFactory.getLogger("wharf.error");
    private static final int LAST_LINES = 30;
    /** How long a worker told to shut down at once (a second CTRL+C, a failed generation) has before it is killed. */
    private static final Duration FORCE_AFTER = Duration.ofSeconds(5);

    private final SupervisorLoop loop;
    private final ServerRun run;
    private final Announcer announcer;
    private final LogBuffer logs;
    private final WorkerStarter starter;
    private final Listener listener;
    private final WorkerTable workers = new WorkerTable();
    private final Map<Integer, RestartPolicy> policies = new HashMap<>();
    private final Set<Integer> crashLooped = new HashSet<>();
    private final HealthCheck health = new HealthCheck();

    /** @param starter makes the worker starter that reports to this lifecycle */
    WorkerLifecycle(
            SupervisorLoop loop,
            ServerRun run,
            Announcer announcer,
            LogBuffer logs,
            Function<WorkerStarter.Listener, WorkerStarter> starter,
            Listener listener) {
        this.loop = loop;
        this.run = run;
        this.announcer = announcer;
        this.logs = logs;
        this.starter = starter.apply(this);
        this.listener = listener;
    }

    WorkerTable workers() {
        return workers;
    }

    /** A new run of the server: no workers yet, no failures counted. */
    void open(Map<String, String> envFile) throws IOException {
        starter.open(envFile);
        workers.clear();
        policies.clear();
        crashLooped.clear();
    }

    void close() {
        starter.close();
    }

    // ---- starting workers ----

    void spawn(int slot, int gen, int restarts, Integer previousExitCode, Settings settings) {
        WorkerHandle handle = starter.handle(slot, gen, restarts, previousExitCode, run.workerSettings(settings, gen));
        workers.add(handle);
        try {
            starter.launch(handle, WorkerLauncher.jvmOptions(settings));
        } catch (IOException | InterruptedException | RuntimeException e) {
            handle.couldNotLaunch("could not start the worker process: " + e.getMessage());
            announcer.say(handle.id, "Could not start worker " + handle.id + ": " + e.getMessage());
            announcer.publish();
            return;
        }
        announcer.emit(new SupervisorEvent.WorkerSpawned(Instant.now(), handle.id, handle.pid(), gen));
        announcer.publish();
    }

    /** Starts a worker JVM ahead of need, in no slot and no generation, for a roll to adopt. */
    WorkerHandle startSpare(List<String> jvmOptions) throws IOException, InterruptedException {
        WorkerHandle spare = starter.handle(-1, 0, 0, null, null);
        starter.launch(spare, jvmOptions, appHint(run.running()));
        return spare;
    }

    /** What a spare warms up for: the app served now, by name, and whether it is served over TLS. */
    static WorkerEnvironment.AppHint appHint(Settings running) {
        String app = running.get(AppOptions.APP);
        if (app == null) {
            return null;
        }
        TlsSettings tls = new Config(running).tls();
        return new WorkerEnvironment.AppHint(
                app,
                String.join(File.pathSeparator, running.get(AppOptions.APP_DIR)),
                running.get(AppOptions.INTERFACE).name(),
                !tls.enabled()
                        ? WorkerEnvironment.TlsHint.NONE
                        : tls.http2() ? WorkerEnvironment.TlsHint.HTTP2 : WorkerEnvironment.TlsHint.HTTP1);
    }

    /** Makes a spare the worker of {@code slot} in generation {@code gen}. */
    void adopt(WorkerHandle spare, int slot, int gen, Settings settings) {
        spare.adopted(slot, gen, run.workerSettings(settings, gen));
        workers.add(spare);
        announcer.emit(new SupervisorEvent.WorkerSpawned(Instant.now(), spare.id, spare.pid(), gen));
        // A spare that has greeted runs at once; one that has not is handed over when its hello comes.
        if (spare.state() == WorkerState.RUNNING) {
            handOver(spare);
        }
        announcer.publish();
    }

    // ---- what the workers say ----

    @Override
    public void onMessage(WorkerHandle handle, ControlMessage message) {
        if (!(message instanceof ControlMessage.Hello) && !handle.hasGreeted()) {
            // Only a process that proved it is this worker (its hello with the token) is listened to.
            log.warn(
                    "Worker {} sent '{}' before its hello; closing its control channel",
                    handle.id,
                    message.getClass().getSimpleName());
            closeControl(handle);
            return;
        }
        switch (message) {
            case ControlMessage.Hello hello -> onHello(handle, hello);
            case ControlMessage.SocketReceived ignored ->
                handle.send(
                        new ControlMessage.Configure(SettingsJson.encode(handle.settings()), BindMode.SHARED_SOCKET));
            case ControlMessage.Phase phase -> onPhase(handle, phase.phase(), phase.message());
            case ControlMessage.Stats stats -> {
                handle.statsReported(stats.stats());
                announcer.emit(new SupervisorEvent.WorkerStatsChanged(Instant.now(), handle.id, stats.stats()));
                announcer.publish();
            }
            case ControlMessage.State state -> {
                handle.appStateReported(state.state(), state.cut());
                announcer.emit(
                        new SupervisorEvent.WorkerStateChanged(Instant.now(), handle.id, state.state(), state.cut()));
                announcer.publish();
            }
            case ControlMessage.PluginData data -> {
                handle.pluginDataReported(data.key(), data.data());
                announcer.emit(new SupervisorEvent.WorkerPluginData(Instant.now(), handle.id, data.key(), data.data()));
                announcer.publish();
            }
            case ControlMessage.Pong pong -> handle.pongReceived(pong.seq());
            case ControlMessage.Redefined redefined -> listener.redefined(handle, redefined);
            case ControlMessage.SettingsApplied applied ->
                log.debug("Worker {} applied {}", handle.id, applied.applied());
            default ->
                log.warn(
                        "Worker {} sent an unexpected '{}'",
                        handle.id,
                        message.getClass().getSimpleName());
        }
    }

    @Override
    public void onControlClosed(WorkerHandle handle) {
        // The process's exit is what counts; a channel that closes first is just the first sign of it.
        log.debug("Control channel of worker {} closed", handle.id);
    }

    private void onHello(WorkerHandle handle, ControlMessage.Hello hello) {
        if (handle.hasGreeted()) {
            log.warn("Worker {} said hello twice; the second is ignored", handle.id);
            return;
        }
        if (!handle.token.equals(hello.token()) || hello.workerId() != handle.id) {
            log.error("A process that is not worker {} connected to its control socket; closing it", handle.id);
            closeControl(handle);
            return;
        }
        handle.greeted(hello.jvm());
        if (!handle.state().spare()) {
            handOver(handle);
        }
    }

    private static void closeControl(WorkerHandle handle) {
        if (handle.control() != null) {
            handle.control().close();
        }
    }

    /** Gives a greeted worker its listening socket (then, once it has it, its settings). */
    private void handOver(WorkerHandle handle) {
        SharedSocket served = run.socketOf(handle.generation());
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
        announcer.emit(new SupervisorEvent.WorkerPhaseChanged(Instant.now(), handle.id, phase, message));
        boolean rolling = run.rolling(handle.generation());
        if (phase == LifespanPhase.STARTED) {
            if (rolling) {
                listener.rollingWorkerStarted();
            } else {
                listener.servingWorkerStarted();
            }
        } else if (phase == LifespanPhase.FAILED && rolling) {
            listener.rollingWorkerFailed("worker " + handle.id + " failed startup: " + message);
        }
        announcer.publish();
    }

    // ---- ending workers ----

    /** Asks a worker to finish its requests and exit; one not connected yet is terminated. */
    void drain(WorkerHandle handle) {
        handle.drained();
        if (handle.control() != null) {
            announcer.say(handle.id, "Waiting for child process [" + handle.pid() + "]");
            handle.send(new ControlMessage.Drain());
        } else if (handle.process() != null) {
            handle.process().destroy();
        }
    }

    /** Tells a worker to shut down at once, and kills it if it has not within {@link #FORCE_AFTER}. */
    void force(WorkerHandle handle) {
        handle.forced();
        handle.send(new ControlMessage.Shutdown());
        loop.schedule(FORCE_AFTER, () -> handle.process().destroyForcibly());
    }

    /** The API's kill: no drain, no lifespan shutdown; the worker is replaced as any that dies. */
    void kill(int workerId) {
        WorkerHandle handle = workers.get(workerId);
        if (handle != null && handle.alive() && handle.process() != null) {
            announcer.say(workerId, "Killing worker " + workerId + " [" + handle.pid() + "] (SIGKILL)");
            handle.endFor(ExitCause.KILLED);
            handle.process().destroyForcibly();
        }
    }

    /** The API's restart of one worker: it drains, and once it has exited a new worker takes its slot. */
    void restart(int workerId) {
        WorkerHandle handle = workers.get(workerId);
        if (handle == null
                || !handle.alive()
                || handle.state().spare()
                || handle.state().toldToStop()
                || handle.generation() != run.generation()) {
            return;
        }
        announcer.say(
                workerId,
                "Restarting worker " + workerId + " [" + handle.pid() + "]: it drains, then a new worker takes slot "
                        + handle.slot());
        handle.endFor(ExitCause.RESTARTED);
        drain(handle);
    }

    /** One round of health checks; a hung worker is killed, and so replaced. */
    void checkHealth() {
        health.round(workers.alive(), run.running().get(TIMEOUT_WORKER_HEALTHCHECK), (hung, why) -> {
            announcer.say(hung.id, why);
            hung.endFor(ExitCause.HEALTH_CHECK);
            hung.process().destroyForcibly();
        });
    }

    @Override
    public void onExit(WorkerHandle handle) {
        int code = handle.process().exitValue();
        WorkerState before = handle.exited(code);
        handle.closeControlServer();
        if (before.spare()) {
            listener.spareExited(handle);
            return;
        }
        listener.workerExited(handle);
        List<String> lastLines = logs.last(handle.id, LAST_LINES);
        boolean expected = before.toldToStop();
        boolean stoppedItself = before == WorkerState.STOPPING_ITSELF;
        if (!expected && !stoppedItself) {
            announcer.say(
                    handle.id,
                    "Child process [" + handle.pid() + "] died" + (code != 0 ? " with exit code " + code : ""));
        }
        ExitCause cause = handle.endedFor() != null
                ? handle.endedFor()
                : stoppedItself ? ExitCause.RECYCLED : expected ? ExitCause.STOPPED : ExitCause.CRASHED;
        announcer.emit(new SupervisorEvent.WorkerExited(
                Instant.now(), handle.id, handle.pid(), code, expected || stoppedItself, lastLines, cause));
        if (run.status() == ServerStatus.STOPPING) {
            workers.remove(handle.id);
            if (workers.alive().isEmpty()) {
                listener.lastWorkerStopped();
            }
        } else if (run.rolling(handle.generation()) && !expected) {
            listener.rollingWorkerFailed("worker " + handle.id + " exited with code " + code + " during startup");
        } else if (expected) {
            workers.remove(handle.id);
            if (cause == ExitCause.RESTARTED) {
                respawnRestarted(handle);
            }
        } else if (handle.generation() == run.generation()) {
            replace(handle, stoppedItself, lastLines);
        }
        announcer.publish();
    }

    // ---- replacing workers, and slots ----

    /** A worker restarted on request has drained: its slot gets a new worker at once, no backoff. */
    private void respawnRestarted(WorkerHandle drained) {
        if (!run.up()
                || drained.generation() != run.generation()
                || drained.slot() >= run.running().get(WORKERS)
                || workers.aliveOf(run.generation()).stream().anyMatch(w -> w.slot() == drained.slot())) {
            return;
        }
        int newId = starter.nextId();
        spawn(drained.slot(), run.generation(), drained.restarts, null, run.running());
        announcer.emit(new SupervisorEvent.WorkerReplaced(Instant.now(), drained.id, newId, 0));
    }

    private void replace(WorkerHandle dead, boolean stoppedItself, List<String> lastLines) {
        if (dead.slot() >= run.running().get(WORKERS)) {
            workers.remove(dead.id);
            return;
        }
        RestartPolicy policy = policies.computeIfAbsent(dead.slot(), slot -> new RestartPolicy());
        boolean crashed = !(stoppedItself && dead.exitCode() == 0);
        Duration delay = policy.onDeath(dead.hasStarted(), dead.servedFor(), crashed);
        if (delay == null) {
            crashLoop(dead, policy.failures(), lastLines);
            return;
        }
        loop.schedule(delay, () -> {
            int gen = run.generation();
            boolean stillWanted = run.up()
                    && dead.generation() == gen
                    && dead.slot() < run.running().get(WORKERS)
                    && !crashLooped.contains(dead.slot())
                    && workers.aliveOf(gen).stream().noneMatch(w -> w.slot() == dead.slot());
            if (stillWanted) {
                int newId = starter.nextId();
                spawn(dead.slot(), gen, dead.restarts + 1, dead.exitCode(), run.running());
                announcer.emit(new SupervisorEvent.WorkerReplaced(Instant.now(), dead.id, newId, delay.toMillis()));
            }
        });
    }

    private void crashLoop(WorkerHandle dead, int failures, List<String> lastLines) {
        crashLooped.add(dead.slot());
        announcer.say(
                dead.id,
                "Worker slot " + dead.slot() + " failed " + failures
                        + " times in a row; not restarting it until "
                        + "the next restart or reload. Its last lines:\n  " + String.join("\n  ", lastLines));
        announcer.emit(new SupervisorEvent.CrashLoop(Instant.now(), dead.slot(), failures, lastLines));
        if (!workers.anyStarted() && crashLooped.size() >= run.running().get(WORKERS)) {
            run.failed();
            announcer.emit(new SupervisorEvent.ServerFailed(
                    Instant.now(), "every worker fails at startup: " + lastLine(dead)));
        }
    }

    private static String lastLine(WorkerHandle handle) {
        return handle.message() != null ? handle.message() : "exit code " + handle.exitCode();
    }

    /** A generation now serves: the slots' failures before it no longer count. */
    void forgetFailures() {
        crashLooped.clear();
        policies.clear();
    }

    /** Runs {@code count} workers: the serving generation's slots above it drain, the missing ones start. */
    void scale(int count) {
        int from = run.running().get(WORKERS);
        run.scaled(count);
        if (run.up()) {
            int gen = run.generation();
            List<WorkerHandle> current = workers.aliveOf(gen).stream()
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
                    spawn(slot, gen, 0, null, run.running());
                }
            }
            workers.removeDead(w -> w.slot() >= count);
        }
        if (from != count) {
            announcer.say(0, "Scaled from " + from + " to " + count + " worker" + (count == 1 ? "" : "s"));
            announcer.emit(new SupervisorEvent.Scaled(Instant.now(), from, count));
        }
        announcer.publish();
    }

    /** Sends live settings to every worker, each with its own generation's dev classes. */
    void applyLive(Settings running) {
        for (WorkerHandle handle : workers.alive()) {
            handle.send(new ControlMessage.ApplySettings(
                    SettingsJson.encode(run.workerSettings(running, handle.generation()))));
        }
    }
}
