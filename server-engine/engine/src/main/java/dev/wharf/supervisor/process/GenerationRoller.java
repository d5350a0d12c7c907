package dev.wharf.supervisor.process;

import static dev.wharf.config.catalog.WorkerOptions.WORKERS;

import dev.wharf.config.Config;
import dev.wharf.config.Settings;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.server.Transport;
import dev.wharf.supervisor.GenerationOutcome;
import dev.wharf.supervisor.ServerStatus;
import dev.wharf.supervisor.SupervisorEvent;
import dev.wharf.supervisor.SupervisorException;
import io.netty.channel.EventLoopGroup;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Rolling a new generation of workers in, for a restart, a reload or settings that need one: the
 * next generation starts beside the serving one (on spare JVMs when there are some), and once every
 * one of its workers has completed lifespan startup the old generation drains. A generation whose
 * worker fails startup or dies first is stopped at once, and the last good one keeps serving. One
 * roll at a time: asked again meanwhile, it answers the roll in progress.
 *
 * <p>Threads: owned by the supervisor's thread ({@link SupervisorLoop}).
 */
final class GenerationRoller {

    /** How long after a roll before starting spares: the new generation's first requests get the CPU first. */
    private static final Duration SPARE_DELAY = Duration.ofMillis(500);

    private final SupervisorLoop loop;
    private final ServerRun run;
    private final WorkerLifecycle workers;
    private final ReloadCoordinator reload;
    private final Announcer announcer;
    private final Transport transport;
    private final EventLoopGroup netty;

    GenerationRoller(
            SupervisorLoop loop,
            ServerRun run,
            WorkerLifecycle workers,
            ReloadCoordinator reload,
            Announcer announcer,
            Transport transport,
            EventLoopGroup netty) {
        this.loop = loop;
        this.run = run;
        this.workers = workers;
        this.reload = reload;
        this.announcer = announcer;
        this.transport = transport;
        this.netty = netty;
    }

    /**
     * Starts the next generation with {@code settings}, its workers putting {@code devClasses} first
     * on the app classpath; on another socket if the address changed.
     *
     * @return completed once it serves or has failed
     */
    CompletableFuture<GenerationOutcome> roll(String reason, Settings settings, List<Path> devClasses) {
        if (run.roll() != null) {
            return run.roll().done();
        }
        if (!run.up() && run.status() != ServerStatus.FAILED) {
            return CompletableFuture.completedFuture(
                    new GenerationOutcome(run.generation(), false, "the server is not running"));
        }
        SharedSocket socket = run.socket();
        if (bindsDifferently(run.running(), settings)) {
            try {
                socket = SharedSocket.bind(new Config(settings), transport, netty);
            } catch (SupervisorException e) {
                return CompletableFuture.completedFuture(
                        new GenerationOutcome(run.generation(), false, e.getMessage()));
            }
        }
        Roll roll = run.beginRoll(settings, socket, reason, devClasses);
        int gen = roll.generation();
        announcer.emit(new SupervisorEvent.GenerationStarting(Instant.now(), gen, reason));
        int adopted = 0;
        for (int slot = 0; slot < settings.get(WORKERS); slot++) {
            WorkerHandle spare = reload.takeSpare(WorkerLauncher.jvmOptions(settings));
            if (spare != null) {
                workers.adopt(spare, slot, gen, settings);
                adopted++;
            } else {
                workers.spawn(slot, gen, 0, null, settings);
            }
        }
        announcer.say(
                0,
                "Starting generation " + gen + " (" + reason
                        + (adopted == 0
                                ? ""
                                : "; " + adopted + " of its " + settings.get(WORKERS)
                                        + " workers on spare JVMs started ahead")
                        + ")");
        return roll.done();
    }

    /** Whether the two settings listen on different sockets: a roll between them binds a new one. */
    static boolean bindsDifferently(Settings a, Settings b) {
        return !a.get(ServerOptions.HOST).equals(b.get(ServerOptions.HOST))
                || !a.get(ServerOptions.PORT).equals(b.get(ServerOptions.PORT))
                || !Objects.equals(a.get(ServerOptions.UDS), b.get(ServerOptions.UDS))
                || !Objects.equals(a.get(ServerOptions.FD), b.get(ServerOptions.FD))
                || !a.get(ServerOptions.BACKLOG).equals(b.get(ServerOptions.BACKLOG));
    }

    /** A worker of the generation rolling in started: once all of them have, it serves. */
    void workerStarted() {
        Roll roll = run.roll();
        if (workers.workers().started(roll.generation(), roll.settings().get(WORKERS))) {
            complete();
        }
    }

    private void complete() {
        Roll done = run.endRoll();
        int from = run.generation();
        for (WorkerHandle handle : workers.workers().alive()) {
            if (handle.generation() != done.generation()) {
                workers.drain(handle);
            }
        }
        workers.workers().removeDead(w -> w.generation() != done.generation());
        if (done.socket() != run.socket()) {
            close(run.socket());
        }
        boolean appMoved =
                !run.running().get(AppOptions.APP_DIR).equals(done.settings().get(AppOptions.APP_DIR));
        run.serve(done);
        if (appMoved) {
            reload.appMoved();
        }
        workers.forgetFailures();
        announcer.say(
                0,
                "Generation " + run.generation() + " serves (" + done.reason() + " in "
                        + Duration.between(done.begun(), Instant.now()).toMillis() + " ms); generation " + from
                        + " is draining");
        announcer.emit(new SupervisorEvent.GenerationRolled(Instant.now(), from, run.generation()));
        done.done().complete(new GenerationOutcome(run.generation(), true, null));
        loop.schedule(SPARE_DELAY, reload::refillSpares);
    }

    /** The generation rolling in cannot serve: its workers stop at once, the serving one goes on. */
    void abort(String why) {
        Roll failed = run.endRoll();
        for (WorkerHandle handle : workers.workers().alive()) {
            if (handle.generation() == failed.generation()) {
                workers.force(handle);
            }
        }
        if (failed.socket() != run.socket()) {
            close(failed.socket());
        }
        announcer.say(
                0,
                "Generation " + failed.generation() + " failed (" + why + "); generation " + run.generation()
                        + " keeps serving");
        announcer.emit(new SupervisorEvent.GenerationFailed(Instant.now(), failed.generation(), why));
        failed.done().complete(new GenerationOutcome(run.generation(), false, why));
        loop.schedule(SPARE_DELAY, reload::refillSpares);
    }

    private static void close(SharedSocket socket) {
        if (socket != null) {
            socket.close();
        }
    }
}
