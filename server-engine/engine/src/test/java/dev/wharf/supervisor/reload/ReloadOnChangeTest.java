package dev.wharf.supervisor.reload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wharf.config.Config;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.ReloadOptions;
import dev.wharf.config.setting.LifespanMode;
import dev.wharf.supervisor.CompileError;
import dev.wharf.supervisor.ReloadReport;
import dev.wharf.supervisor.SupervisorEvent;
import dev.wharf.testing.AppProject;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.SteadyClient;
import dev.wharf.testing.SupervisedServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reload on file change with real worker processes, on a copy of a small app in a temporary Maven
 * layout: what a user sees after saving a source file.
 */
class ReloadOnChangeTest {

    private static final Duration RELOAD = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    private static SupervisedServer serve(AppProject project) throws Exception {
        return serve(project, b -> b);
    }

    private static SupervisedServer serve(AppProject project, UnaryOperator<Config.Builder> more) throws Exception {
        return SupervisedServer.start(
                        1,
                        b -> more.apply(b.set(AppOptions.APP, AppProject.APP)
                                .set(
                                        AppOptions.APP_DIR,
                                        List.of(project.classes().toString()))
                                .set(AppOptions.LIFESPAN, LifespanMode.ON)
                                .set(ReloadOptions.RELOAD, true)
                                .set(ReloadOptions.RELOAD_DELAY, Duration.ofMillis(100))))
                .awaitStarted(1);
    }

    private static String get(int port) throws Exception {
        try (RawHttpClient client = RawHttpClient.connect(port)) {
            return client.send("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .read()
                    .bodyText();
        }
    }

    /** The new generation serves once reloaded; the old one may take a last connection or two while it closes its copy of the socket. */
    private static void awaitServed(SupervisedServer server, String text) {
        await().atMost(Duration.ofSeconds(10)).until(() -> get(server.port()).equals(text));
    }

    private static ReloadReport awaitReload(SupervisedServer server, int count) {
        await().atMost(RELOAD)
                .until(() -> server.events(SupervisorEvent.Reloaded.class).size() >= count);
        return server.events(SupervisorEvent.Reloaded.class).get(count - 1).report();
    }

    @Test
    void editingASourceServesTheNewResponseWithItsDependentsRecompiled() throws Exception {
        AppProject project = AppProject.create(folder, "hello v1");
        try (SupervisedServer server = serve(project)) {
            assertThat(get(server.port())).isEqualTo("hello v1");

            project.write("reloadapp/Greeting.java", AppProject.greeting("hello v2"));

            ReloadReport report = awaitReload(server, 1);
            assertThat(report.outcome()).isEqualTo(ReloadReport.Outcome.RELOADED);
            assertThat(report.trigger())
                    .containsExactly(Path.of("reloadapp", "Greeting.java").toString());
            assertThat(report.compileTime()).isPositive();
            assertThat(report.startupTime()).isPositive();
            assertThat(report.totalTime()).isGreaterThanOrEqualTo(report.startupTime());
            // Main inlined the old constant: only recompiling it too serves the new text
            awaitServed(server, "hello v2");
            assertThat(server.supervisor().snapshot().lastReload()).isEqualTo(report);
            assertThat(server.supervisor().logs())
                    .anyMatch(line -> line.text().startsWith("Reloaded in ")
                            && line.text()
                                    .contains("after changes in "
                                            + report.trigger().get(0) + "; new generation because"));
        }
    }

    @Test
    void aCompileErrorKeepsTheOldResponseAndNamesItsLineAndFixingItReloads() throws Exception {
        AppProject project = AppProject.create(folder, "hello v1");
        try (SupervisedServer server = serve(project)) {
            int generation = server.supervisor().snapshot().generation();

            project.write(
                    "reloadapp/Greeting.java",
                    AppProject.greeting("hello v2").replace("\"hello v2\";", "\"hello v2\""));

            ReloadReport failed = awaitReload(server, 1);
            assertThat(failed.outcome()).isEqualTo(ReloadReport.Outcome.COMPILE_FAILED);
            assertThat(failed.compileErrors()).hasSize(1);
            CompileError error = failed.compileErrors().get(0);
            assertThat(error.file()).endsWith("Greeting.java");
            assertThat(error.line()).isEqualTo(4);
            assertThat(error.column()).isPositive();
            assertThat(error.message()).contains("';' expected");
            assertThat(get(server.port())).isEqualTo("hello v1");
            assertThat(server.supervisor().snapshot().generation()).isEqualTo(generation);
            assertThat(server.events(SupervisorEvent.GenerationStarting.class)).isEmpty();
            assertThat(server.supervisor().logs())
                    .anyMatch(line -> line.text().equals(error.toString())
                            && line.text().matches(".*Greeting\\.java:4:\\d+: ';' expected"));

            project.write("reloadapp/Greeting.java", AppProject.greeting("hello v3"));

            assertThat(awaitReload(server, 2).outcome()).isEqualTo(ReloadReport.Outcome.RELOADED);
            awaitServed(server, "hello v3");
        }
    }

    @Test
    void aNewGenerationWhoseLifespanStartupFailsLeavesTheOldOneServing() throws Exception {
        AppProject project = AppProject.create(folder, "hello v1");
        try (SupervisedServer server = serve(project)) {
            long servingPid = server.started().get(0).pid();

            project.write(
                    "reloadapp/Greeting.java", AppProject.failingStartup("hello v2", "cannot reach the database"));

            ReloadReport report = awaitReload(server, 1);
            assertThat(report.outcome()).isEqualTo(ReloadReport.Outcome.STARTUP_FAILED);
            assertThat(report.message()).contains("cannot reach the database");
            assertThat(get(server.port())).isEqualTo("hello v1");
            assertThat(server.started()).extracting(w -> w.pid()).containsExactly(servingPid);
            assertThat(server.events(SupervisorEvent.GenerationFailed.class)).hasSize(1);
        }
    }

    @Test
    void aRebuildOfTheClassFolderReloadsWithoutCompiling() throws Exception {
        AppProject project = AppProject.create(folder, "hello v1");
        try (SupervisedServer server = serve(
                project,
                b -> b.set(ReloadOptions.RELOAD_DIRS, List.of(project.classes().toString())))) {
            project.write("reloadapp/Greeting.java", AppProject.greeting("hello v3"));
            project.build(); // the user's own build, as an IDE's does on save

            ReloadReport report = awaitReload(server, 1);
            assertThat(report.outcome()).isEqualTo(ReloadReport.Outcome.RELOADED);
            assertThat(report.compileTime()).isZero();
            assertThat(report.trigger()).allMatch(file -> file.endsWith(".class"));
            awaitServed(server, "hello v3");
        }
    }

    @Test
    void aSteadyClientSeesNoFailedRequestAcrossTenReloads() throws Exception {
        AppProject project = AppProject.create(folder, "hello v1");
        try (SupervisedServer server = serve(project);
                SteadyClient client = SteadyClient.start(server.port(), "/", 2)) {
            for (int i = 2; i <= 11; i++) {
                project.write("reloadapp/Greeting.java", AppProject.greeting("hello v" + i));
                assertThat(awaitReload(server, i - 1).outcome()).isEqualTo(ReloadReport.Outcome.RELOADED);
                awaitServed(server, "hello v" + i);
            }
            client.close();

            assertThat(client.ok()).isGreaterThan(10);
            assertThat(client.refused()).isZero();
            assertThat(client.failures()).isEmpty();
            assertThat(server.events(SupervisorEvent.GenerationRolled.class)).hasSize(10);
        }
    }
}
