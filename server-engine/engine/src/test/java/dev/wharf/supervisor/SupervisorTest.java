package dev.wharf.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wharf.control.LifespanPhase;
import dev.wharf.testing.LogCapture;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.SupervisedServer;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The supervisor with real worker processes: each worker is its own process, with its own lifespan and state. */
class SupervisorTest {

    static String get(int port, String path) throws Exception {
        try (RawHttpClient client = RawHttpClient.connect(port)) {
            return client.send("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .read()
                    .bodyText();
        }
    }

    @Test
    void aSupervisorThatKeepsWorkerLinesToItselfKeepsItsOwnLinesOffTheConsoleToo() throws Exception {
        try (LogCapture console = LogCapture.of("wharf.error");
                SupervisedServer server = SupervisedServer.start(1).awaitStarted(1)) {
            List<String> own = server.supervisor().logs().stream()
                    .filter(line -> line.workerId() == 0)
                    .map(LogLine::text)
                    .toList();
            assertThat(own).anySatisfy(text -> assertThat(text).startsWith("Wharf running on "));
            assertThat(server.events(SupervisorEvent.Log.class))
                    .extracting(e -> e.line().text())
                    .containsAll(own);
            assertThat(console.messages()).doesNotContainAnyElementsOf(own);
        }
    }

    @Test
    void eachWorkerIsItsOwnProcessWithItsOwnState() throws Exception {
        try (SupervisedServer server = SupervisedServer.start(2).awaitStarted(2)) {
            List<WorkerInfo> workers = server.started();
            assertThat(workers)
                    .extracting(WorkerInfo::pid)
                    .doesNotHaveDuplicates()
                    .doesNotContain(ProcessHandle.current().pid());
            Set<String> pidsSeen = new HashSet<>();
            for (int i = 0; i < 40 && pidsSeen.size() < 2; i++) {
                pidsSeen.add(get(server.port(), "/pid"));
            }
            assertThat(pidsSeen).hasSize(2);

            // each worker counts its own requests: the model shows one counter per worker
            for (int i = 0; i < 10; i++) {
                get(server.port(), "/bump");
            }
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> server.started().stream()
                                    .mapToLong(w -> w.state().get("counter").asLong())
                                    .sum()
                            == 10);
            assertThat(server.started())
                    .allSatisfy(w -> assertThat(w.state().get("pid").asLong()).isEqualTo(w.pid()));
        }
    }

    @Test
    @EnabledOnOs(OS.LINUX) // reads the worker's command line from /proc
    void eachWorkerProcessRunsWithAMaximumHeapOfItsOwn() throws Exception {
        try (SupervisedServer server = SupervisedServer.start(2).awaitStarted(2)) {
            for (WorkerInfo worker : server.started()) {
                List<String> arguments =
                        List.of(Files.readString(Path.of("/proc", Long.toString(worker.pid()), "cmdline"))
                                .split("\0"));
                assertThat(arguments)
                        .filteredOn(argument -> argument.startsWith("-Xmx"))
                        .singleElement()
                        .satisfies(flag -> assertThat(Long.parseLong(flag.replaceAll("\\D", "")))
                                .isBetween(64L, 512L));
            }
        }
    }

    @Test
    void telemetryReportsPhasesInOrderAndTheConnectionsHeldOpen() throws Exception {
        try (SupervisedServer server = SupervisedServer.start(1).awaitStarted(1)) {
            int worker = server.started().get(0).id();
            List<LifespanPhase> phases = server.events(SupervisorEvent.WorkerPhaseChanged.class).stream()
                    .filter(e -> e.workerId() == worker)
                    .map(SupervisorEvent.WorkerPhaseChanged::phase)
                    .toList();
            assertThat(phases).containsExactly(LifespanPhase.STARTING, LifespanPhase.STARTED);

            List<Socket> held = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    Socket socket = new Socket("127.0.0.1", server.port());
                    socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes());
                    held.add(socket);
                }
                await().atMost(Duration.ofSeconds(5))
                        .until(() -> server.started().get(0).stats().activeConnections() == 3);
                assertThat(server.started().get(0).stats().totalRequests()).isEqualTo(3);
            } finally {
                for (Socket socket : held) {
                    socket.close();
                }
            }
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> server.started().get(0).stats().activeConnections() == 0);
        }
        // after the stop, the model shows the worker's last phases
    }

    @Test
    void gracefulStopLetsSlowRequestsFinishAndRunsLifespanShutdownInEachWorker() throws Exception {
        SupervisedServer server = SupervisedServer.start(2).awaitStarted(2);
        try {
            var slow = CompletableFuture.supplyAsync(() -> {
                try {
                    return get(server.port(), "/slow?1500");
                } catch (Exception e) {
                    return e.toString();
                }
            });
            await().atMost(Duration.ofSeconds(10))
                    .until(() ->
                            server.started().stream().anyMatch(w -> w.stats().activeRequests() == 1));
            server.supervisor().stop().get();
            assertThat(slow.get()).isEqualTo("slept");
            assertThat(server.supervisor().logs())
                    .filteredOn(line -> line.text().contains("Application shutdown complete."))
                    .hasSize(2);
            assertThat(server.supervisor().snapshot().status()).isEqualTo(ServerStatus.STOPPED);
        } finally {
            server.close();
        }
    }

    @Test
    void aCloseWhileAnotherIsStoppingTheWorkersReturnsOnceTheyHaveStopped() throws Exception {
        SupervisedServer server = SupervisedServer.start(1).awaitStarted(1);
        long pid = server.started().get(0).pid();
        Thread first = Thread.ofPlatform().start(() -> server.supervisor().close());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> server.supervisor().snapshot().status() == ServerStatus.STOPPING
                        || server.supervisor().snapshot().status() == ServerStatus.STOPPED);

        server.supervisor().close();

        assertThat(server.supervisor().snapshot().status()).isEqualTo(ServerStatus.STOPPED);
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
        first.join(60_000);
    }

    @Test
    void closingAClosedSupervisorAgainIsQuiet() throws Exception {
        SupervisedServer server = SupervisedServer.start(1).awaitStarted(1);
        server.close();

        try (LogCapture console = LogCapture.of("wharf.error")) {
            server.supervisor().close();
            assertThat(console.messages()).isEmpty();
        }
        assertThat(server.supervisor().snapshot().status()).isEqualTo(ServerStatus.STOPPED);
    }
}
