package dev.wharf.supervisor.process;

import static dev.wharf.config.catalog.ReloadOptions.RELOAD;
import static dev.wharf.config.catalog.WorkerOptions.WORKERS;

import dev.wharf.supervisor.GenerationOutcome;
import dev.wharf.supervisor.ReloadReport;
import dev.wharf.supervisor.ServerStatus;
import dev.wharf.supervisor.SupervisorEvent;
import dev.wharf.supervisor.reload.ReloadLines;
import dev.wharf.supervisor.reload.Reloader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reload on the supervisor's side: the {@link Reloader} watches and compiles, this hands it the
 * settings, rolls the generation it asks for with the dev classes it compiled (after the roll in
 * progress, if there is one), reports each reload, and keeps a spare worker per worker while reload
 * is on and the server runs steadily, so that a reload waits for the app's classes, not for JVMs.
 *
 * <p>Threads: owned by the supervisor's thread ({@link SupervisorLoop}); the reloader's own thread
 * hands its rolls, reports and notes to it.
 */
final class ReloadCoordinator {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");

    private final SupervisorLoop loop;
    private final ServerRun run;
    private final Announcer announcer;
    private final SpareWorkers spares;
    private final Reloader.Roller roller;
    private final Reloader.Swapper swapper;
    private Reloader reloader;
    private ReloadReport lastReload;

    /**
     * @param startSpare starts a spare worker's process
     * @param roller     rolls a generation with the given dev classes, when none is rolling
     * @param swapper    hot-swaps classes into the serving generation
     */
    ReloadCoordinator(
            SupervisorLoop loop,
            ServerRun run,
            Announcer announcer,
            SpareWorkers.Starter startSpare,
            Reloader.Roller roller,
            Reloader.Swapper swapper) {
        this.loop = loop;
        this.run = run;
        this.announcer = announcer;
        this.spares = new SpareWorkers(startSpare);
        this.roller = roller;
        this.swapper = swapper;
    }

    /** The last reload's report, or null. */
    ReloadReport lastReload() {
        return lastReload;
    }

    /** A new run of the server: a reloader for it, watching before this returns if reload is on. */
    void start(Path workingFolder) throws InterruptedException {
        reloader = new Reloader(
                workingFolder,
                this::rollAfterAnyInProgress,
                swapper,
                this::onReport,
                text -> loop.execute(() -> announcer.say(0, text)));
        try {
            // Nothing else runs on the reload thread yet: waiting here means a change made once start() returns is
            // seen.
            configure().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            log.debug("Reload is not watching yet: {}", e.toString()); // said to the user by configure
        }
    }

    /** The API's reload, from any thread. */
    CompletableFuture<ReloadReport> reloadNow() {
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

    /** The server runs now: the compiler warms up and the spares start. */
    void serverRuns() {
        if (run.running().get(RELOAD) && reloader != null) {
            reloader.warmUp();
        }
        refillSpares();
    }

    /** The reload settings changed: watch what they say, and keep spares only while reload is on. */
    void settingsChanged() {
        if (reloader == null) {
            return;
        }
        configure();
        if (run.running().get(RELOAD)) {
            refillSpares();
        } else {
            spares.drop();
        }
    }

    /** The app's folders are elsewhere now (a generation with another app dir serves): watch and compile those. */
    void appMoved() {
        if (reloader != null) {
            configure();
        }
    }

    /** How many spare worker JVMs are alive, waiting for the next reload. */
    int spares() {
        return spares.alive();
    }

    /** The server stops: no more spares, no more watching. */
    void stop() {
        spares.drop();
        if (reloader != null) {
            reloader.close();
            reloader = null;
        }
    }

    private CompletableFuture<Void> configure() {
        return reloader.configure(run.running()).whenComplete((ok, failure) -> {
            if (failure != null) {
                loop.execute(() -> announcer.say(0, "Reload cannot watch for changes: " + failure.getMessage(), true));
            }
        });
    }

    /** The reloader's roller: a roll with its dev classes, after the roll in progress if there is one. */
    private CompletableFuture<GenerationOutcome> rollAfterAnyInProgress(List<Path> devClasses) {
        return loop.callUnchecked(() -> run.roll() == null
                ? roller.roll(devClasses)
                : run.roll().done().thenCompose(previous -> rollAfterAnyInProgress(devClasses)));
    }

    private void onReport(ReloadReport report) {
        loop.execute(() -> {
            lastReload = report;
            boolean failed = report.outcome() != ReloadReport.Outcome.RELOADED;
            ReloadLines.of(report).forEach(line -> announcer.say(0, line, failed));
            announcer.emit(new SupervisorEvent.Reloaded(Instant.now(), report));
            announcer.publish();
        });
    }

    // ---- spare workers: make a reload's roll fast ----

    /** Keeps one spare worker per worker while reload is on and the server runs steadily. */
    void refillSpares() {
        if (run.status() == ServerStatus.RUNNING
                && run.roll() == null
                && run.running().get(RELOAD)) {
            spares.fill(run.running().get(WORKERS), WorkerLauncher.jvmOptions(run.running()));
        }
    }

    /** A live spare started with these JVM options, or null. */
    WorkerHandle takeSpare(List<String> jvmOptions) {
        return spares.take(jvmOptions);
    }

    void spareExited(WorkerHandle spare) {
        spares.exited(spare);
    }
}
