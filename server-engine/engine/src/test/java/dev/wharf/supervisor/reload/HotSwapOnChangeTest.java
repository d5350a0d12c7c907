package dev.wharf.supervisor.reload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.ReloadOptions;
import dev.wharf.config.setting.LifespanMode;
import dev.wharf.config.setting.ReloadMode;
import dev.wharf.supervisor.ReloadDecision;
import dev.wharf.supervisor.ReloadReport;
import dev.wharf.supervisor.SupervisorEvent;
import dev.wharf.testing.AppProject;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.SupervisedServer;
import dev.wharf.testing.WebSocketClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hot swap with real worker processes (two of them): a method-body edit is redefined inside every
 * worker, whose {@code app.state} counter keeps counting and whose open WebSocket answers with the
 * new code; any other edit rolls a new generation and
 * says why; {@code --reload-mode restart} always rolls.
 */
class HotSwapOnChangeTest {

    private static final String MAIN = """
            package swapapp;

            import dev.wharf.asgi.*;
            import java.util.List;
            import java.util.concurrent.atomic.AtomicLong;

            public final class Main {
                public static final App app = (scope, receive, send) -> {
                    if (scope instanceof LifespanScope lifespan) {
                        receive.receive();
                        lifespan.state().put("counter", new AtomicLong());
                        send.send(new LifespanStartupComplete());
                        receive.receive();
                        send.send(new LifespanShutdownComplete());
                        return;
                    }
                    if (scope instanceof WebSocketScope) {
                        receive.receive();
                        send.send(new WebSocketAccept(null, List.of()));
                        while (receive.receive() instanceof WebSocketReceive message) {
                            send.send(new WebSocketSend(null, new Greeting().text() + " " + message.text()));
                        }
                        return;
                    }
                    if (!(scope instanceof HttpScope http)) {
                        return;
                    }
                    receive.receive();
                    long count = ((AtomicLong) http.state().get("counter")).incrementAndGet();
                    String body = new Greeting().text() + " " + count + " " + ProcessHandle.current().pid();
                    send.send(new HttpResponseStart(200, List.of(Header.of("content-type", "text/plain"))));
                    send.send(new HttpResponseBody(Bytes.bytes(body), false));
                };
            }
            """;

    private static final String GREETING = """
            package swapapp;

            public final class Greeting {
                public String text() {
                    return "hello v1";
                }
            }
            """;

    @TempDir
    Path folder;

    @Test
    void aMethodBodyEditIsSwappedIntoEveryWorkerAndAppStateKeepsCounting() throws Exception {
        AppProject project = project();
        try (SupervisedServer server = serve(project, ReloadMode.SWAP);
                WebSocketClient socket = WebSocketClient.connect(server.port(), "/ws")) {
            int generation = server.supervisor().snapshot().generation();
            Map<Long, Long> before = countsOfBothWorkers(server, "hello v1");
            assertThat(socket.sendText("before").nextText()).isEqualTo("hello v1 before");

            project.write("swapapp/Greeting.java", GREETING.replace("hello v1", "hello v2"));

            ReloadReport report = awaitReload(server);
            assertThat(report.outcome()).isEqualTo(ReloadReport.Outcome.RELOADED);
            assertThat(report.decision().kind()).isEqualTo(ReloadDecision.Kind.SWAPPED);
            assertThat(report.decision().changedClasses()).containsExactly("swapapp.Greeting");
            assertThat(report.decision().workers()).hasSize(2).allMatch(w -> w.redefined() == 1);
            assertThat(report.decision().stateKept()).isTrue();
            Map<Long, Long> after = countsOfBothWorkers(server, "hello v2");
            assertThat(after.keySet()).isEqualTo(before.keySet());
            // The WebSocket opened before the swap is still open, and answers with the new code.
            assertThat(socket.sendText("after").nextText()).isEqualTo("hello v2 after");
            // Each worker's app.state counter went on from where it was: the same workers, their state kept.
            after.forEach((pid, count) -> assertThat(count).isGreaterThan(before.get(pid)));
            assertThat(server.supervisor().snapshot().generation()).isEqualTo(generation);
            assertThat(server.events(SupervisorEvent.GenerationStarting.class)).isEmpty();
            assertThat(server.supervisor().logs())
                    .anyMatch(line -> line.text().startsWith("Hot-swapped 1 class (Greeting) into 2 workers")
                            && line.text().endsWith("after changes in swapapp/Greeting.java; app.state kept"));
        }
    }

    @Test
    void anAddedFieldRollsANewGenerationAndSaysWhy() throws Exception {
        AppProject project = project();
        try (SupervisedServer server = serve(project, ReloadMode.SWAP)) {
            int generation = server.supervisor().snapshot().generation();

            project.write(
                    "swapapp/Greeting.java",
                    GREETING.replace(
                                    "public String text() {",
                                    "private String suffix = \"!\";\n\n    public String text() {")
                            .replace("\"hello v1\"", "\"hello v2\" + suffix"));

            ReloadReport report = awaitReload(server);
            assertThat(report.outcome()).isEqualTo(ReloadReport.Outcome.RELOADED);
            assertThat(report.decision().kind()).isEqualTo(ReloadDecision.Kind.ROLLED);
            assertThat(report.decision().reason())
                    .isEqualTo("`Greeting` gained a field `suffix`: a field cannot be added to a loaded class");
            assertThat(report.decision().stateKept()).isFalse();
            assertThat(server.supervisor().snapshot().generation()).isGreaterThan(generation);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> get(server.port()).startsWith("hello v2! 1 "));
            assertThat(server.supervisor().logs())
                    .anyMatch(line -> line.text().contains("; new generation because `Greeting` gained a field"));
        }
    }

    @Test
    void aClassFileWrittenByABuildIsSwappedWithoutCompiling() throws Exception {
        AppProject project = project();
        try (SupervisedServer server = serve(project, ReloadMode.SWAP)) {
            Map<Long, Long> before = countsOfBothWorkers(server, "hello v1");

            writeBuiltGreeting(project, compiledGreeting("hello v3"));

            ReloadReport report = awaitReload(server);
            assertThat(report.decision().kind()).isEqualTo(ReloadDecision.Kind.SWAPPED);
            assertThat(report.decision().compiledClasses()).isZero();
            assertThat(report.decision().changedClasses()).containsExactly("swapapp.Greeting");
            Map<Long, Long> after = countsOfBothWorkers(server, "hello v3");
            after.forEach((pid, count) -> assertThat(count).isGreaterThan(before.get(pid)));
        }
    }

    @Test
    void aWorkerThatRefusesTheNewClassesMakesTheReloadRoll() throws Exception {
        AppProject project = project();
        try (SupervisedServer server = serve(project, ReloadMode.SWAP)) {
            int generation = server.supervisor().snapshot().generation();
            countsOfBothWorkers(server, "hello v1");
            byte[] greeting = compiledGreeting("hello v4");
            // A class file version newer than any JVM runs: the shapes match, but the JVM refuses the bytes.
            greeting[6] = 0x00;
            greeting[7] = (byte) 0xF0;

            writeBuiltGreeting(project, greeting);

            ReloadReport report = awaitReload(server);
            assertThat(report.decision().kind()).isEqualTo(ReloadDecision.Kind.ROLLED);
            assertThat(report.decision().reason()).matches("worker \\d+ refused the new classes: .*");
            assertThat(server.supervisor().snapshot().generation()).isGreaterThan(generation);
        }
    }

    @Test
    void reloadModeRestartAlwaysRolls() throws Exception {
        AppProject project = project();
        try (SupervisedServer server = serve(project, ReloadMode.RESTART)) {
            int generation = server.supervisor().snapshot().generation();

            project.write("swapapp/Greeting.java", GREETING.replace("hello v1", "hello v2"));

            ReloadReport report = awaitReload(server);
            assertThat(report.decision().kind()).isEqualTo(ReloadDecision.Kind.ROLLED);
            assertThat(report.decision().reason()).isNull();
            assertThat(server.supervisor().snapshot().generation()).isGreaterThan(generation);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> get(server.port()).startsWith("hello v2 1 "));
        }
    }

    /** Greeting compiled elsewhere, as an IDE's build would compile it. */
    private byte[] compiledGreeting(String text) throws Exception {
        Path src = Files.createDirectories(folder.resolve("elsewhere/src/swapapp"));
        Path classes = Files.createDirectories(folder.resolve("elsewhere/classes"));
        Path file = src.resolve("Greeting.java");
        Files.writeString(file, GREETING.replace("hello v1", text));
        assertThat(ToolProvider.getSystemJavaCompiler()
                        .run(null, null, null, "-d", classes.toString(), file.toString()))
                .isZero();
        return Files.readAllBytes(classes.resolve("swapapp/Greeting.class"));
    }

    private static void writeBuiltGreeting(AppProject project, byte[] classFile) throws Exception {
        Path target = project.classes().resolve("swapapp/Greeting.class");
        Path written = target.resolveSibling("Greeting.class.tmp");
        Files.write(written, classFile);
        Files.move(written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private AppProject project() {
        return AppProject.of(folder, Map.of("swapapp/Main.java", MAIN, "swapapp/Greeting.java", GREETING));
    }

    private static SupervisedServer serve(AppProject project, ReloadMode mode) throws Exception {
        return SupervisedServer.start(
                        2,
                        b -> b.set(AppOptions.APP, "swapapp.Main:app")
                                .set(
                                        AppOptions.APP_DIR,
                                        List.of(project.classes().toString()))
                                .set(AppOptions.LIFESPAN, LifespanMode.ON)
                                .set(ReloadOptions.RELOAD, true)
                                .set(ReloadOptions.RELOAD_MODE, mode)
                                .set(ReloadOptions.RELOAD_DELAY, Duration.ofMillis(100)))
                .awaitStarted(2);
    }

    private static ReloadReport awaitReload(SupervisedServer server) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !server.events(SupervisorEvent.Reloaded.class).isEmpty());
        return server.events(SupervisorEvent.Reloaded.class).get(0).report();
    }

    /** Asks until both workers have answered with {@code text}; each worker's last counter, by pid. */
    private static Map<Long, Long> countsOfBothWorkers(SupervisedServer server, String text) {
        Map<Long, Long> counts = new HashMap<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            String[] answer = get(server.port()).split(" ");
            if ((answer[0] + " " + answer[1]).equals(text)) {
                counts.put(Long.parseLong(answer[3]), Long.parseLong(answer[2]));
            }
            return counts.size() == 2;
        });
        return counts;
    }

    private static String get(int port) throws Exception {
        try (RawHttpClient client = RawHttpClient.connect(port)) {
            return client.send("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .read()
                    .bodyText();
        }
    }
}
