package dev.wharf.gui;

import static dev.wharf.gui.OnRealWorkers.await;
import static dev.wharf.gui.OnRealWorkers.onFx;
import static dev.wharf.gui.OnRealWorkers.started;

import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.config.catalog.WorkerOptions;
import dev.wharf.gui.fx.UiThreads;
import dev.wharf.gui.prefs.WindowStateStore;
import dev.wharf.gui.profiles.BundledSample;
import dev.wharf.gui.profiles.Profile;
import dev.wharf.gui.telemetry.TelemetrySource;
import dev.wharf.gui.workers.StateEntry;
import dev.wharf.gui.workers.WorkerRow;
import dev.wharf.supervisor.process.Supervisors;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TreeItem;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Retakes the README's screenshots (docs/screenshots/*.png) by walking the newcomer's path in the
 * real window, headless, on real worker processes: a fresh config folder offers a profile per
 * bundled sample, lifecycle-lab is picked, its settings shown, Start, a second worker, a few
 * kept-alive clients asking for {@code /state}, then each panel, the dark theme, and hello started beside
 * it (two servers at once). Each shot is
 * the window's scene as JavaFX draws it ({@code Scene.snapshot}), written as a PNG.
 *
 * <p>Not part of the build's tests: it runs only when {@code -Dwharf.screenshots=FOLDER} names
 * where to write them, as {@code scripts/screenshots.sh} does.
 */
@EnabledIfSystemProperty(named = "wharf.screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class ReadmeScreenshots {

    private static final Path OUT = Path.of(System.getProperty("wharf.screenshots", "target/screenshots"));
    private static final int PROFILE_PORT = 8000;
    private static final int CLIENTS = 6;
    private static final Duration TRAFFIC_IN_THE_CHARTS = Duration.ofSeconds(25);

    @TempDir
    static Path config;

    private final Preferences prefs = Preferences.userRoot().node("dev/wharf/screenshots/" + UUID.randomUUID());
    private final List<KeptAliveClient> clients = new ArrayList<>();
    private final ScheduledExecutorService traffic = Executors.newSingleThreadScheduledExecutor();
    private Stage stage;
    private MainViewModel model;

    @Start
    void open(Stage stage) {
        this.stage = stage;
        UiThreads threads =
                new UiThreads(Platform::runLater, command -> Thread.ofVirtual().start(command));
        model = new MainViewModel(new MainViewModel.Services(
                config.resolve("profiles"),
                BundledSample.on(ReadmeScreenshots.class.getClassLoader()),
                Supervisors::create,
                TelemetrySource.coalesced(Platform::runLater),
                threads,
                text -> {},
                Runtime.getRuntime().availableProcessors()));
        WharfWindow.open(stage, model, new WindowStateStore(prefs), url -> true);
    }

    @AfterEach
    void stopEverything() throws Exception {
        traffic.shutdownNow();
        traffic.awaitTermination(10, TimeUnit.SECONDS);
        for (KeptAliveClient client : clients) {
            client.close();
        }
        OnRealWorkers.stopEveryServer(model);
        prefs.removeNode();
    }

    @Test
    void theNewcomersPathInEveryPanel(FxRobot robot) throws Exception {
        Files.createDirectories(OUT);
        ListView<Profile> profiles = robot.lookup("#profiles").queryListView();
        await(() -> profiles.getItems().size()
                == BundledSample.on(getClass().getClassLoader()).size());
        shot("01-first-start");

        // The lifecycle-lab profile, and the help of the field in focus beside the settings.
        robot.clickOn(robot.lookup("#profiles .list-cell")
                .match((ListCell<Profile> cell) ->
                        cell.getItem() != null && cell.getItem().name().equals("lifecycle-lab"))
                .<ListCell<Profile>>query());
        robot.clickOn("#tab-settings");
        robot.clickOn("#input-app_dir");
        shot("02-settings");

        if (!free(PROFILE_PORT)) {
            System.err.println(
                    "Port " + PROFILE_PORT + " is taken: the screenshots show a port of the system's choice");
            OnRealWorkers.type(robot, "#input-port", "0");
        }
        robot.clickOn("#start");
        await(() -> started(model).size() == 1);
        robot.clickOn("#workers-plus");
        await(() -> started(model).size() == 2);

        // A few kept-alive clients ask for /state, some more often than others, so counts, rates and state move.
        String address = model.server().addressProperty().get();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(new KeptAliveClient(address));
        }
        double trafficFrom = secondsSinceChartsOrigin();
        traffic.scheduleAtFixedRate(this::askForState, 0, 50, TimeUnit.MILLISECONDS);

        robot.clickOn("#tab-workers");
        await(() -> onFx(() -> started(model).stream()
                        .mapToLong(r -> r.totalRequestsProperty().get())
                        .sum())
                >= 300);
        robot.clickOn(robot.lookup("#workers .table-row-cell")
                .match((TableRow<WorkerRow> row) ->
                        row.getItem() != null && row.getItem().id() == 1)
                .<TableRow<WorkerRow>>query());
        await(() -> counter() != null && counter().changed());
        shot("03-workers");

        robot.clickOn("#tab-charts");
        await(() -> onFx(() -> model.charts().requestRates().size() == 2
                && model.charts().requestRates().stream()
                        .allMatch(series -> lastX(series) - trafficFrom >= TRAFFIC_IN_THE_CHARTS.toSeconds())));
        shot("04-charts");

        robot.clickOn("#tab-timeline");
        shot("05-timeline");

        robot.clickOn("#tab-logs");
        shot("06-logs");

        robot.clickOn("#tab-workers");
        robot.clickOn("#theme");
        await(() -> counter() != null && counter().changed());
        shot("07-workers-dark");

        // A second profile serving beside the first, on a port of its own: the list shows both running.
        robot.clickOn("#theme");
        robot.interact(model::save); // a port typed above would otherwise ask before the profile is left
        await(() -> onFx(() -> !model.form().unsavedEditsProperty().get()));
        robot.clickOn(robot.lookup("#profiles .list-cell")
                .match((ListCell<Profile> cell) ->
                        cell.getItem() != null && cell.getItem().name().equals("hello"))
                .<ListCell<Profile>>query());
        await(() -> onFx(() -> model.profiles().selectedProperty().get().name().equals("hello")));
        robot.interact(
                () -> model.form().field(ServerOptions.PORT).textProperty().set("0"));
        robot.interact(
                () -> model.form().field(WorkerOptions.WORKERS).textProperty().set("2"));
        robot.clickOn("#start");
        await(() -> started(model).size() == 2);
        shot("08-two-servers");
    }

    private void askForState() {
        long second = Instant.now().getEpochSecond();
        try {
            for (int i = 0; i < clients.size(); i++) {
                if (i % 2 == 0 || second % 3 == 0) {
                    clients.get(i).get("/state");
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("a client lost its connection", e);
        }
    }

    /** The window as JavaFX draws it, once what the last step changed has been laid out, as a PNG. */
    private void shot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Image image =
                WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        png.setRGB(0, 0, width, height, argb, 0, width);
        Path file = OUT.resolve(name + ".png");
        ImageIO.write(png, "png", file.toFile());
        System.err.println("saved " + file);
    }

    private StateEntry counter() throws Exception {
        return onFx(() -> model.workers().stateTree().root().getChildren().stream()
                .map(TreeItem::getValue)
                .filter(e -> e.key().equals("counter"))
                .findFirst()
                .orElse(null));
    }

    private double secondsSinceChartsOrigin() {
        return Duration.between(model.charts().origin(), Instant.now()).toMillis() / 1000.0;
    }

    private static double lastX(XYChart.Series<Number, Number> series) {
        return series.getData().isEmpty()
                ? Double.NEGATIVE_INFINITY
                : series.getData().getLast().getXValue().doubleValue();
    }

    /** Whether the profile's port is free now: only what the screenshots show depends on it. */
    private static boolean free(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
