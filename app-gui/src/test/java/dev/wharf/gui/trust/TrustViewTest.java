package dev.wharf.gui.trust;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.wharf.gui.fx.UiThreads;
import dev.wharf.supervisor.process.DevTrustStores;
import dev.wharf.tls.dev.TrustStores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The TLS section's "Trust the dev certificate" and "Remove trust", headless, against a real NSS
 * database (certutil) in a throwaway home and a throwaway data folder: the machine's own trust
 * stores are never touched, and the system store is left to the commands shown, as for a user
 * who is not root.
 */
@ExtendWith(ApplicationExtension.class)
class TrustViewTest {

    private Path home;
    private Path data;
    private TrustViewModel model;
    private final List<String> clipboard = new CopyOnWriteArrayList<>();

    @Start
    void open(Stage stage) throws IOException {
        home = Files.createTempDirectory("wharf-trust-home");
        data = home.resolve("data");
        model = new TrustViewModel(
                new DevTrustStores(data, new TrustStores(home, home.resolve("anchors"), false, false)),
                UiThreads.javaFx(),
                clipboard::add);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new TrustView(model), 800, 500));
        stage.show();
    }

    @AfterEach
    void removeHome() throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Test
    void trustInstallsTheAuthorityInTheUsersNssDatabaseAndShowsTheCommandsLeftRemoveTakesItOut(FxRobot robot)
            throws Exception {
        robot.clickOn("#trust-dev-certificate");
        awaitResult();

        Path nss = home.resolve(".pki/nssdb");
        assertThat(onFx(() -> model.resultProperty().get())).isEqualTo(TrustViewModel.Result.COMMANDS_LEFT);
        assertThat(text(() -> model.titleProperty().get()))
                .isEqualTo("Trusted where Wharf could: run the commands below to finish");
        assertThat(text(() -> model.detailProperty().get()))
                .startsWith("Trusting \"")
                .contains(data.resolve("dev-tls/ca.pem").toString())
                .contains("Trusted in the NSS database " + nss);
        assertThat(nssList()).contains("Wharf");
        TextArea commands = robot.lookup("#trust-commands").queryAs(TextArea.class);
        assertThat(onFx(() -> visible(commands))).isTrue();
        assertThat(text(commands::getText))
                .as("the system store needs root: its commands are shown, exactly")
                .contains("update-ca-certificates");
        robot.clickOn("#copy-trust-commands");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clipboard).containsExactly(text(commands::getText));

        robot.clickOn("#remove-dev-trust");
        awaitResult();

        assertThat(text(() -> model.detailProperty().get()))
                .startsWith("Removing \"")
                .contains("Removed from the NSS database " + nss);
        assertThat(nssList()).doesNotContain("Wharf");
        assertThat(onFx(() -> visible(robot.lookup("#trust-failures").queryAs(Label.class))))
                .isFalse();
    }

    @Test
    void anAuthorityThatCannotBeMadeIsShownAsAFailureNamingWhy(FxRobot robot) throws Exception {
        // The data folder is a file: the authority's folder cannot be made in it.
        Files.writeString(data, "not a folder");

        robot.clickOn("#trust-dev-certificate");
        awaitResult();

        assertThat(onFx(() -> model.resultProperty().get())).isEqualTo(TrustViewModel.Result.FAILED);
        assertThat(text(() -> model.titleProperty().get())).isEqualTo("Could not trust the development certificate");
        Label failures = robot.lookup("#trust-failures").queryAs(Label.class);
        assertThat(onFx(() -> visible(failures))).isTrue();
        assertThat(text(failures::getText)).startsWith("cannot make or read the development authority: ");
        assertThat(home.resolve(".pki")).doesNotExist();
    }

    private void awaitResult() throws Exception {
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> !model.busyProperty().get() && model.resultProperty().get() != TrustViewModel.Result.NONE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean visible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private String nssList() throws Exception {
        Path nss = home.resolve(".pki/nssdb");
        if (!Files.exists(nss.resolve("cert9.db"))) {
            return "";
        }
        Process list = new ProcessBuilder("certutil", "-d", "sql:" + nss, "-L")
                .redirectErrorStream(true)
                .start();
        String output = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(list.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    private static String text(Callable<String> read) throws Exception {
        return onFx(read);
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
