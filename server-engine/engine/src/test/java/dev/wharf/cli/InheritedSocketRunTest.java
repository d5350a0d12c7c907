package dev.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.WharfProcess;
import dev.wharf.testing.WorkerPids;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code wharf run} on a socket it did not bind: started by {@code systemd-socket-activate} (Debian's
 * systemd package, installed by {@code scripts/install-tools.sh systemd}), a real socket activator
 * that listens first and starts Wharf with {@code LISTEN_FDS} on the first connection.
 */
class InheritedSocketRunTest {

    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final String ACTIVATOR = "/usr/bin/systemd-socket-activate";

    @Test
    void socketActivationIsFoundByItselfAndTwoWorkersShareTheSocket() throws Exception {
        int port = freePort();
        try (WharfProcess wharf = WharfProcess.startUnder(
                activator(port),
                null,
                Map.of(),
                "run",
                "dev.wharf.testapps.StatefulApp:app",
                "--workers",
                "2",
                "--no-access-log")) {
            wharf.awaitStderr("Listening on 127.0.0.1:" + port, STARTUP);
            // A first connection makes the activator start Wharf, which then accepts it from the backlog.
            new Socket(InetAddress.getLoopbackAddress(), port).close();
            wharf.awaitStderr("Wharf running on http://127.0.0.1:" + port + " (inherited socket, fd 3)", STARTUP);
            Set<String> pids = WorkerPids.answering(port, 2, STARTUP);
            assertThat(pids).hasSize(2);
            assertThat(wharf.stderr())
                    .anyMatch(line ->
                            line.contains("Wharf running on http://127.0.0.1:" + port + " (inherited socket, fd 3)"));

            wharf.terminate();

            assertThat(wharf.awaitExit(STARTUP)).isZero();
            assertThat(wharf.stderr())
                    .filteredOn(line -> line.contains("Application shutdown complete."))
                    .hasSize(2);
        }
    }

    @Test
    void oneWorkerServesInProcessOnTheDescriptorGivenWithFd() throws Exception {
        int port = freePort();
        try (WharfProcess wharf = WharfProcess.startUnder(
                activator(port), null, Map.of(), "run", "dev.wharf.testapps.StatefulApp:app", "--fd", "3")) {
            wharf.awaitStderr("Listening on 127.0.0.1:" + port, STARTUP);
            String pid;
            try (RawHttpClient client = RawHttpClient.connect(port)) {
                pid = client.send("GET /pid HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                        .read()
                        .bodyText();
            }
            assertThat(pid).isEqualTo(Long.toString(wharf.pid()));
            wharf.terminate();
            assertThat(wharf.awaitExit(STARTUP)).isZero();
        }
    }

    @Test
    void fdThatIsNotASocketIsRefusedWithExitCode2() throws Exception {
        // A child's stdin is a pipe: an open descriptor, but no socket.
        try (WharfProcess wharf = WharfProcess.start("run", "dev.wharf.testapps.StatefulApp:app", "--fd", "0")) {
            assertThat(wharf.awaitExit(STARTUP)).isEqualTo(2);
            assertThat(wharf.stderr()).anyMatch(line -> line.contains("--fd 0: descriptor 0 is pipe:"));
        }
    }

    @Test
    void fdThatIsNotOpenIsRefusedWithExitCode2() throws Exception {
        assumeThat(Files.isDirectory(Path.of("/proc/self/fd"))).isTrue();
        try (WharfProcess wharf =
                WharfProcess.start("run", "dev.wharf.testapps.StatefulApp:app", "--workers", "2", "--fd", "4321")) {
            assertThat(wharf.awaitExit(STARTUP)).isEqualTo(2);
            assertThat(wharf.stderr())
                    .anyMatch(line -> line.contains("--fd 4321: this process has no open file descriptor 4321"));
        }
    }

    private static List<String> activator(int port) {
        assumeThat(System.getProperty("os.name"))
                .as("systemd runs on Linux only")
                .isEqualTo("Linux");
        assertThat(Path.of(ACTIVATOR))
                .as("systemd-socket-activate is missing: run scripts/install-tools.sh systemd")
                .isExecutable();
        return List.of(ACTIVATOR, "-l", "127.0.0.1:" + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }
}
