package dev.wharf.gui;

import static dev.wharf.config.catalog.PluginOptions.PLUGINS_DIR;
import static dev.wharf.config.catalog.ServerOptions.PORT;
import static dev.wharf.config.catalog.TimeoutOptions.TIMEOUT_KEEP_ALIVE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wharf.config.Settings;
import dev.wharf.control.LifespanPhase;
import dev.wharf.gui.fx.UiThreads;
import dev.wharf.gui.profiles.BundledSample;
import dev.wharf.gui.profiles.Profile;
import dev.wharf.gui.server.ServerViewModel;
import dev.wharf.gui.telemetry.TelemetryBatch;
import dev.wharf.gui.workers.StateEntry;
import dev.wharf.gui.workers.WorkerRow;
import dev.wharf.supervisor.ServerStatus;
import dev.wharf.supervisor.WorkerInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TreeItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's view models together on a test supervisor, without a stage, every thread made synchronous. */
class MainViewModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path config;

    private final List<FakeSupervisor> created = new ArrayList<>();
    private Consumer<TelemetryBatch> telemetry;
    private MainViewModel model;

    @BeforeEach
    void openOnTheLifecycleLabProfile() {
        UiThreads synchronous = new UiThreads(Runnable::run, Runnable::run);
        model = new MainViewModel(new MainViewModel.Services(
                config.resolve("profiles"),
                List.of(new BundledSample("lifecycle-lab", "lab")),
                settings -> {
                    FakeSupervisor supervisor = new FakeSupervisor(settings);
                    created.add(supervisor);
                    return supervisor;
                },
                (supervisor, listener) -> {
                    telemetry = listener;
                    return () -> {};
                },
                synchronous,
                text -> {},
                4));
        model.profiles().load(List.of(), null);
    }

    private FakeSupervisor supervisor() {
        return created.get(created.size() - 1);
    }

    private void deliver(Instant at) {
        telemetry.accept(new TelemetryBatch(supervisor().snapshot(), List.of(), 0, at));
    }

    @Test
    void startRunsTheSelectedProfileAndShowsItsWorkers() throws Exception {
        assertThat(model.profiles().selectedProperty().get().name()).isEqualTo("lifecycle-lab");
        assertThat(model.canStartProperty().get()).isTrue();

        model.start();
        supervisor()
                .workers(FakeSupervisor.worker(
                        1, 0, LifespanPhase.STARTED, FakeSupervisor.stats(2, 10), JSON.readTree("{\"counter\": 1}")));
        deliver(Instant.now());

        assertThat(supervisor().commands).contains("start");
        assertThat(model.server().statusProperty().get()).isEqualTo(ServerStatus.RUNNING);
        assertThat(model.server().addressProperty().get()).isEqualTo("http://127.0.0.1:8000");
        WorkerRow row = model.workers().rows().get(0);
        assertThat(row.phaseProperty().get()).isEqualTo(LifespanPhase.STARTED);
        assertThat(row.activeConnectionsProperty().get()).isEqualTo(2);
        assertThat(row.stateSummaryProperty().get()).isEqualTo("counter=1");
        assertThat(model.canStartProperty().get()).isFalse();
    }

    @Test
    void thePluginsFolderIsReadAtStartNotWhenTyped() throws Exception {
        Path folder = Files.createDirectory(config.resolve("plugins"));
        model.form().field(PLUGINS_DIR).textProperty().set(folder.toString());
        assertThat(model.plugins().scanHintProperty().get()).contains("is not read yet");

        model.start();

        assertThat(model.plugins().scanHintProperty().get()).isNull();
        assertThat(model.plugins().foundProperty().get()).endsWith(", 0 in " + folder);
        assertThat(supervisor().commands).contains("start");
    }

    @Test
    void applyPushesLiveSettingsNowAndOffersARestartForTheRest() {
        model.start();
        model.form().field(TIMEOUT_KEEP_ALIVE).textProperty().set("65");
        model.form().field(PORT).textProperty().set("9000");
        assertThat(model.canApplyProperty().get()).isTrue();

        model.apply();

        assertThat(supervisor().settings().get(TIMEOUT_KEEP_ALIVE)).isEqualTo(Duration.ofSeconds(65));
        assertThat(model.server().needRestartProperty().get()).containsExactly(PORT);
        assertThat(model.server().messageProperty().get())
                .contains("Applied live: --timeout-keep-alive", "Needs a restart: --port");
        assertThat(model.canApplyProperty().get()).isFalse();
    }

    @Test
    void anInvalidValueDisablesStartAndApply() {
        model.form().field(PORT).textProperty().set("70000");
        assertThat(model.canStartProperty().get()).isFalse();

        model.form().field(PORT).textProperty().set("8000");
        model.start();
        model.form().field(PORT).textProperty().set("-1");
        assertThat(model.canApplyProperty().get()).isFalse();
    }

    @Test
    void theSelectedWorkersStateTreeHighlightsWhatJustChanged() throws Exception {
        model.start();
        Instant now = Instant.now();
        supervisor()
                .workers(
                        FakeSupervisor.worker(
                                1,
                                0,
                                LifespanPhase.STARTED,
                                FakeSupervisor.stats(0, 0),
                                JSON.readTree("{\"counter\": 1, \"pid\": 4001}")),
                        FakeSupervisor.worker(
                                2,
                                1,
                                LifespanPhase.STARTED,
                                FakeSupervisor.stats(0, 0),
                                JSON.readTree("{\"counter\": 7}")));
        deliver(now);
        model.workers().selectedProperty().set(model.workers().rows().get(0));
        assertThat(model.workers().detailTitleProperty().get()).contains("Worker 1", "own app.state");
        assertThat(entries()).allSatisfy(entry -> assertThat(entry.changed()).isFalse());

        supervisor()
                .workers(
                        FakeSupervisor.worker(
                                1,
                                0,
                                LifespanPhase.STARTED,
                                FakeSupervisor.stats(0, 1),
                                JSON.readTree("{\"counter\": 2, \"pid\": 4001}")),
                        FakeSupervisor.worker(
                                2,
                                1,
                                LifespanPhase.STARTED,
                                FakeSupervisor.stats(0, 0),
                                JSON.readTree("{\"counter\": 7}")));
        deliver(now.plusMillis(100));

        assertThat(entries())
                .containsExactly(new StateEntry("counter", "2", true), new StateEntry("pid", "4001", false));
        deliver(now.plus(Duration.ofSeconds(5)));
        assertThat(entries())
                .containsExactly(new StateEntry("counter", "2", false), new StateEntry("pid", "4001", false));
        assertThat(model.workers().rows().get(1).stateSummaryProperty().get()).isEqualTo("counter=7");
    }

    @Test
    void killAndScaleReachTheSupervisor() throws Exception {
        model.start();
        supervisor().workers(FakeSupervisor.worker(3, 0, LifespanPhase.STARTED, FakeSupervisor.stats(0, 0), null));
        deliver(Instant.now());
        model.workers().selectedProperty().set(model.workers().rows().get(0));

        model.workers().killSelected();
        model.server().scale(+1);
        model.server().scale(-1);
        model.server().scale(-1);

        assertThat(supervisor().commands).containsSubsequence("kill 3", "scale 2", "scale 1");
        assertThat(supervisor().commands).doesNotContain("scale 0");
    }

    @Test
    void stopEndsTheRunAndAllowsANewStart() {
        model.start();
        model.stop().join();

        assertThat(model.server().statusProperty().get()).isEqualTo(ServerStatus.STOPPED);
        assertThat(model.canStartProperty().get()).isTrue();
        model.start();
        assertThat(created).hasSize(2);
        assertThat(created.get(0).commands).contains("stop", "close");
    }

    @Test
    void theChartsShowTheCurrentRunsWorkersAndLetAnExitedOneGo() {
        model.start();
        supervisor().workers(worker(1, 0), worker(2, 1));
        Instant at = Instant.now();
        deliver(at);
        assertThat(model.charts().connections())
                .extracting(XYChart.Series::getName)
                .containsExactly("worker 1", "worker 2");

        supervisor().workers(worker(2, 1));
        deliver(at.plusSeconds(2));
        assertThat(model.charts().connections())
                .extracting(XYChart.Series::getName)
                .containsExactly("worker 1 (exited)", "worker 2");
        deliver(at.plusSeconds(30));
        assertThat(model.charts().connections())
                .extracting(XYChart.Series::getName)
                .containsExactly("worker 2");

        model.stop().join();
        model.start();
        supervisor().workers(worker(7, 0));
        deliver(at.plusSeconds(40));
        assertThat(model.charts().connections())
                .extracting(XYChart.Series::getName)
                .containsExactly("worker 7");
    }

    private static WorkerInfo worker(int id, int slot) {
        return FakeSupervisor.worker(id, slot, LifespanPhase.STARTED, FakeSupervisor.stats(1, 1), null);
    }

    private List<StateEntry> entries() {
        return model.workers().stateTree().root().getChildren().stream()
                .map(TreeItem::getValue)
                .toList();
    }

    @Test
    void aProfileJustLoadedShowsNoUnsavedChanges() {
        assertThat(model.profiles().selectedProperty().get()).isNotNull();
        assertThat(model.form().validProperty().get()).isTrue();
        assertThat(model.form().modifiedProperty().get()).isFalse();
    }

    @Test
    void savingWritesTheFormToTheProfile() throws Exception {
        model.form().field(PORT).textProperty().set("9123");
        assertThat(model.form().modifiedProperty().get()).isTrue();

        model.save();

        assertThat(model.form().modifiedProperty().get()).isFalse();
        Path file = model.profiles().selectedProperty().get().file();
        assertThat(Files.readString(file)).contains("\"port\" : 9123");
        assertThat(Settings.defaults()).isNotNull();
    }

    @Test
    void aSecondProfileRunsBesideTheFirstOnItsOwnPortAndAPortTheFirstHoldsIsRefused() throws Exception {
        model.start();
        supervisor().workers(FakeSupervisor.worker(1, 0, LifespanPhase.STARTED, FakeSupervisor.stats(0, 0), null));
        deliver(Instant.now());
        Profile lab = model.profiles().selectedProperty().get();
        ServerViewModel labServer = model.server();

        // A second profile on the same port: refused before any supervisor is made, the owner named.
        model.profiles().create("api", Settings.defaults());
        assertThat(model.profiles().selectedProperty().get().name()).isEqualTo("api");
        assertThat(model.server()).isNotSameAs(labServer);
        assertThat(model.workers().rows()).isEmpty();
        assertThat(model.canStartProperty().get()).isTrue();
        model.start();
        assertThat(created).hasSize(1);
        assertThat(model.notices().notices())
                .anySatisfy(notice ->
                        assertThat(notice.title()).contains("Port 8000 is used by profile 'lifecycle-lab' (running)"));

        // On a port of its own it starts; the first keeps running, and shows again when selected.
        model.form().field(PORT).textProperty().set("8001");
        model.start();
        assertThat(created).hasSize(2);
        assertThat(supervisor().settings().get(PORT)).isEqualTo(8001);
        assertThat(model.activeSessions()).hasSize(2);
        assertThat(model.statusOf(lab).getValue()).isEqualTo(ServerStatus.RUNNING);
        model.save();
        model.profiles().select(lab);
        assertThat(model.server()).isSameAs(labServer);
        assertThat(model.workers().rows()).hasSize(1);
        assertThat(model.form().field(PORT).textProperty().get()).isEqualTo("8000");
        assertThat(model.canStartProperty().get()).isFalse();
    }
}
