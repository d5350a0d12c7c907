package dev.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.testing.WharfProcess;
import dev.wharf.testing.WorkerPids;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code wharf run APP --workers N} as a user runs it: Uvicorn's parent and child lines, and a clean stop. */
class SupervisedRunTest {

    private static final Duration STARTUP = Duration.ofSeconds(60);

    @Test
    void severalWorkersServeOnOnePortAndStopCleanlyOnSigterm() throws Exception {
        try (WharfProcess wharf = WharfProcess.start(
                "run", "dev.wharf.testapps.StatefulApp:app", "--port", "0", "--workers", "2", "--no-access-log")) {
            int port = wharf.awaitPort(STARTUP);
            wharf.awaitStderr("Started parent process [" + wharf.pid() + "]", STARTUP);
            Set<String> pids = WorkerPids.answering(port, 2, STARTUP);
            assertThat(pids).hasSize(2).doesNotContain(Long.toString(wharf.pid()));

            wharf.terminate();

            assertThat(wharf.awaitExit(STARTUP)).isZero();
            assertThat(wharf.stderr()).anyMatch(line -> line.contains("Stopping parent process [" + wharf.pid() + "]"));
            assertThat(wharf.stderr())
                    .filteredOn(line -> line.contains("Application shutdown complete."))
                    .hasSize(2);
            assertThat(wharf.stderr())
                    .filteredOn(line -> line.contains("Started server process"))
                    .hasSize(2);
        }
    }

    @Test
    void everyWorkerFailingStartupEndsTheRunWithExitCode3() throws Exception {
        try (WharfProcess wharf = WharfProcess.start(
                "run",
                "dev.wharf.testapps.SlowApp:failingStartup",
                "--port",
                "0",
                "--workers",
                "2",
                "--lifespan",
                "on")) {
            assertThat(wharf.awaitExit(Duration.ofMinutes(2))).isEqualTo(3);
            assertThat(wharf.stderr())
                    .anyMatch(line ->
                            line.contains("every worker fails at startup: cannot reach the database. Exiting."));
        }
    }
}
