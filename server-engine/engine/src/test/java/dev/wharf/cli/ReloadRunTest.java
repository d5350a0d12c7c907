package dev.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wharf.testing.AppProject;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.WharfProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wharf run APP --reload} as a user runs it: what is watched, one line per reload, compile errors editors can open. */
class ReloadRunTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path project;

    private static String get(int port) throws Exception {
        try (RawHttpClient client = RawHttpClient.connect(port)) {
            return client.send("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .read()
                    .bodyText();
        }
    }

    @Test
    void withOneWorkerReloadRunsTheSupervisorAndPrintsEachReloadAndEachCompileError() throws Exception {
        AppProject app = AppProject.create(project, "hello v1");
        try (WharfProcess wharf = WharfProcess.start(
                project,
                Map.of(),
                "run",
                AppProject.APP,
                "--app-dir",
                "target/classes",
                "--reload",
                "--reload-delay",
                "0.1",
                "--lifespan",
                "on",
                "--port",
                "0",
                "--no-access-log")) {
            int port = wharf.awaitPort(WAIT);
            wharf.awaitStderr("Will watch for changes in these directories: [target/classes, src/main/java]", WAIT);
            wharf.awaitStderr("Application startup complete.", WAIT);
            assertThat(get(port)).isEqualTo("hello v1");

            app.write(
                    "reloadapp/Greeting.java",
                    AppProject.greeting("hello v2").replace("\"hello v2\";", "\"hello v2\""));
            wharf.awaitStderr("Reload failed: 1 compile error after changes in reloadapp/Greeting.java", WAIT);
            String error = wharf.awaitStderr("';' expected", WAIT);
            assertThat(error).matches("WARNING: +src/main/java/reloadapp/Greeting\\.java:4:\\d+: ';' expected");
            assertThat(get(port)).isEqualTo("hello v1");

            app.write("reloadapp/Greeting.java", AppProject.greeting("hello v2"));
            String reloaded = wharf.awaitStderr("Reloaded in ", WAIT);
            assertThat(reloaded)
                    .matches(
                            "INFO: +Reloaded in \\d+\\.\\d\\d s \\(compile \\d+\\.\\d\\d s, startup \\d+\\.\\d\\d s\\) "
                                    + "after changes in reloadapp/Greeting\\.java; new generation because the constant "
                                    + "`TEXT` of `Greeting` changed its value: a loaded class keeps the value it was "
                                    + "loaded with");
            await().atMost(Duration.ofSeconds(10)).until(() -> get(port).equals("hello v2"));

            wharf.terminate();
            assertThat(wharf.awaitExit(WAIT)).isZero();
        }
    }
}
