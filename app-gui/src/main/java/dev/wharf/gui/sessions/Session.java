package dev.wharf.gui.sessions;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.gui.charts.ChartsViewModel;
import dev.wharf.gui.fx.UiThreads;
import dev.wharf.gui.logs.LogsViewModel;
import dev.wharf.gui.notices.NoticesViewModel;
import dev.wharf.gui.server.ServerViewModel;
import dev.wharf.gui.server.SupervisorFactory;
import dev.wharf.gui.telemetry.TelemetryBatch;
import dev.wharf.gui.telemetry.TelemetrySource;
import dev.wharf.gui.timeline.TimelineViewModel;
import dev.wharf.gui.workers.WorkersViewModel;
import dev.wharf.supervisor.ServerStatus;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One profile's server in the window: its supervisor (held by the server view model) and what the
 * panels show of it — workers, charts, timeline, logs — each its own, so a second profile running
 * beside it never mixes its workers or lines in. Telemetry batches go to the panels in this order
 * (the charts read the workers' rows). FX thread only, like the view models it holds.
 */
public final class Session {

    /** What a session needs from the window. */
    record Services(
            SupervisorFactory supervisors,
            TelemetrySource telemetry,
            UiThreads threads,
            NoticesViewModel notices,
            Consumer<String> clipboard) {}

    private String name;
    private final ServerViewModel server;
    private final WorkersViewModel workers;
    private final ChartsViewModel charts = new ChartsViewModel(Instant.now());
    private final TimelineViewModel timeline = new TimelineViewModel();
    private final LogsViewModel logs;
    /** The settings of the last start: which ports it holds while it starts, before it reports an address. */
    private Settings startedWith;

    Session(String name, Services services) {
        this.name = name;
        server = new ServerViewModel(
                services.supervisors(), services.telemetry(), services.threads(), this::onBatch, services.notices());
        server.nameForNotices(() -> this.name);
        workers = new WorkersViewModel(server::kill, server::restartWorker);
        logs = new LogsViewModel(services.clipboard(), services.threads().background());
        // The workers +/- scale past the DB budget before any profile is saved: the panel says so at once.
        server.runningSettingsProperty()
                .addListener((observable, before, now) ->
                        workers.showPoolMath(now, server.workersProperty().get()));
        server.workersProperty()
                .addListener((observable, before, now) ->
                        workers.showPoolMath(server.runningSettingsProperty().get(), now.intValue()));
    }

    private void onBatch(TelemetryBatch batch) {
        workers.accept(batch);
        charts.sample(workers.rows(), batch.at());
        timeline.accept(batch);
        logs.accept(batch);
    }

    /** Starts this profile's server on {@code settings}: the panels start over with the new run. */
    public void start(Settings settings) {
        workers.clear();
        workers.servingWith(settings);
        charts.clear();
        startedWith = settings;
        server.start(settings);
    }

    public CompletableFuture<Void> stop() {
        return server.stop();
    }

    /** Starting, running or busy with a start: it holds its ports. */
    public boolean active() {
        return server.isRunning() || server.busyProperty().get();
    }

    /**
     * The TCP ports this session holds while active: the port it was started with (or, for port 0,
     * the one its address shows) and its metrics port; none for a Unix socket or an inherited one.
     */
    Set<Integer> ports() {
        Set<Integer> ports = new LinkedHashSet<>();
        if (!active() || startedWith == null) {
            return ports;
        }
        ports.addAll(ports(startedWith));
        int shown = portOf(server.addressProperty().get());
        if (shown > 0) {
            ports.add(shown);
        }
        return ports;
    }

    /** The fixed TCP ports {@code settings} bind: port 0 (any free one) and sockets not bound by port hold none. */
    static Set<Integer> ports(Settings settings) {
        Set<Integer> ports = new LinkedHashSet<>();
        boolean byPort = settings.get(ServerOptions.UDS) == null && settings.get(ServerOptions.FD) == null;
        if (byPort && settings.get(ServerOptions.PORT) > 0) {
            ports.add(settings.get(ServerOptions.PORT));
        }
        Integer metrics = settings.get(ServerOptions.METRICS_PORT);
        if (metrics != null && metrics > 0) {
            ports.add(metrics);
        }
        return ports;
    }

    private static int portOf(String address) {
        if (address == null || address.isBlank()) {
            return -1;
        }
        try {
            return URI.create(address).getPort();
        } catch (IllegalArgumentException e) {
            return -1; // a Unix socket's address is a path, with no port
        }
    }

    /** The state its chip in the profiles list shows. */
    public ServerStatus status() {
        return server.statusProperty().get();
    }

    /** The profile's name, as messages name it. */
    public String name() {
        return name;
    }

    void rename(String name) {
        this.name = name;
    }

    public ServerViewModel server() {
        return server;
    }

    public WorkersViewModel workers() {
        return workers;
    }

    public ChartsViewModel charts() {
        return charts;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    public LogsViewModel logs() {
        return logs;
    }
}
