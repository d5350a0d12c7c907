package dev.wharf.supervisor.process;

import static dev.wharf.config.catalog.WorkerOptions.WORKERS;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.setting.Setting;
import dev.wharf.supervisor.GenerationOutcome;
import dev.wharf.supervisor.ServerStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One run of the server, from its start to its stop, as the supervisor's parts share it: its
 * status, the settings it runs with and the ones asked for, the generation that serves (with its
 * listening socket and the dev classes its workers put first) and the one rolling in. It holds
 * facts, not decisions: each change is one step of the run, taken by the part whose concept it is
 * ({@link ProcessSupervisor} starts and stops, {@link WorkerLifecycle} scales and fails, {@link
 * GenerationRoller} rolls). Owned by the supervisor's thread.
 */
final class ServerRun {

    private ServerStatus status = ServerStatus.STOPPED;
    private Settings running;
    private Settings desired;
    private SharedSocket socket;
    private int nextGeneration = 1;
    private int generation;
    /** The dev classes the serving generation's workers put first on the app classpath. */
    private List<Path> servingPrefix = List.of();

    private Roll roll;

    ServerRun(Settings settings) {
        this.running = settings;
        this.desired = settings;
    }

    // ---- what it is ----

    ServerStatus status() {
        return status;
    }

    /** Running or still starting: its workers are wanted. */
    boolean up() {
        return status == ServerStatus.RUNNING || status == ServerStatus.STARTING;
    }

    /** What the server runs with: the settings asked for, but for those that wait for a restart. */
    Settings running() {
        return running;
    }

    /** What was asked for last, restart-only settings included. */
    Settings desired() {
        return desired;
    }

    List<Setting<?>> pendingRestart() {
        return SettingsPlan.pendingRestart(running, desired);
    }

    /** The serving generation's listening socket; null before the server binds and once it stopped. */
    SharedSocket socket() {
        return socket;
    }

    /** The serving generation. */
    int generation() {
        return generation;
    }

    List<Path> servingPrefix() {
        return servingPrefix;
    }

    /** The generation rolling in, or null. */
    Roll roll() {
        return roll;
    }

    boolean rolling(int gen) {
        return roll != null && gen == roll.generation();
    }

    /** The socket a worker of generation {@code gen} serves on. */
    SharedSocket socketOf(int gen) {
        return rolling(gen) ? roll.socket() : socket;
    }

    /** The settings a worker of generation {@code gen} gets, its generation's dev classes first on its app classpath. */
    Settings workerSettings(Settings settings, int gen) {
        return withDevClasses(settings, rolling(gen) ? roll.classPathPrefix() : servingPrefix);
    }

    static Settings withDevClasses(Settings settings, List<Path> prefix) {
        if (prefix.isEmpty()) {
            return settings;
        }
        List<String> appDir =
                new ArrayList<>(prefix.stream().map(Path::toString).toList());
        appDir.addAll(settings.get(AppOptions.APP_DIR));
        return settings.with(AppOptions.APP_DIR, appDir);
    }

    // ---- its steps ----

    /** Start: the listening socket is bound (it is closed at the stop even if the start goes no further). */
    void bound(SharedSocket socket) {
        this.socket = socket;
    }

    /** Start: the first generation, without dev classes, is about to be spawned. */
    void starting() {
        status = ServerStatus.STARTING;
        generation = nextGeneration++;
        servingPrefix = List.of();
    }

    /**
     * A worker of the serving generation completed startup.
     *
     * @return whether the server runs only now (it was starting, or had failed)
     */
    boolean workerStarted() {
        if (status == ServerStatus.STARTING || status == ServerStatus.FAILED) {
            status = ServerStatus.RUNNING;
            return true;
        }
        return false;
    }

    /** Every slot is in a crash loop and no worker ever started. */
    void failed() {
        status = ServerStatus.FAILED;
    }

    void stopping() {
        status = ServerStatus.STOPPING;
    }

    void stopped() {
        socket = null;
        status = ServerStatus.STOPPED;
    }

    void scaled(int count) {
        running = running.with(WORKERS, count);
        desired = desired.with(WORKERS, count);
    }

    void settingsApplied(Settings desired, Settings running) {
        this.desired = desired;
        this.running = running;
    }

    /** A roll begins: the next generation, with what it runs with, on which socket, with which dev classes. */
    Roll beginRoll(Settings settings, SharedSocket socket, String reason, List<Path> prefix) {
        roll = new Roll(
                nextGeneration++,
                settings,
                socket,
                reason,
                Instant.now(),
                new CompletableFuture<GenerationOutcome>(),
                List.copyOf(prefix));
        return roll;
    }

    /** The roll in progress ends, rolled or failed. */
    Roll endRoll() {
        Roll ended = roll;
        roll = null;
        return ended;
    }

    /** Classes were hot-swapped into the serving generation: its replacement workers start with {@code prefix}. */
    void swapped(List<Path> prefix) {
        servingPrefix = List.copyOf(prefix);
    }

    /** A rolled generation serves: its socket, its dev classes and its settings are the server's now. */
    void serve(Roll rolled) {
        socket = rolled.socket();
        generation = rolled.generation();
        servingPrefix = rolled.classPathPrefix();
        running = rolled.settings();
        status = ServerStatus.RUNNING;
    }
}
