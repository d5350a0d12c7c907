package dev.wharf.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.WorkerOptions;
import dev.wharf.config.setting.LifespanMode;
import dev.wharf.control.LifespanPhase;
import dev.wharf.testing.SteadyClient;
import dev.wharf.testing.SupervisedServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Workers that die, hang or never start: replaced, killed, or not spun. */
class WorkerFailureTest {

    @Test
    void aKilledWorkerIsReplacedAndNoConnectionIsRefused() throws Exception {
        try (SupervisedServer server = SupervisedServer.start(2).awaitStarted(2);
                SteadyClient client = SteadyClient.start(server.port(), "/", 4)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> client.ok() > 50);
            WorkerInfo victim = server.started().get(0);

            ProcessHandle.of(victim.pid()).orElseThrow().destroyForcibly();

            SupervisorEvent.WorkerReplaced replaced = server.awaitEvent(
                    SupervisorEvent.WorkerReplaced.class,
                    e -> e.oldWorkerId() == victim.id(),
                    SupervisedServer.STARTUP);
            await().atMost(SupervisedServer.STARTUP)
                    .until(() -> server.started().stream().anyMatch(w -> w.id() == replaced.newWorkerId()));
            int okAfterReplacement = client.ok();
            await().atMost(Duration.ofSeconds(10)).until(() -> client.ok() > okAfterReplacement + 50);
            client.close();

            assertThat(client.refused()).isZero();
            // only requests already inside the killed worker can be lost, one per client at most
            assertThat(client.failures()).hasSizeLessThanOrEqualTo(4);
            WorkerInfo replacement = server.started().stream()
                    .filter(w -> w.id() == replaced.newWorkerId())
                    .findFirst()
                    .orElseThrow();
            assertThat(replacement.slot()).isEqualTo(victim.slot());
            assertThat(replacement.restarts()).isEqualTo(1);
            assertThat(replacement.lastExitCode()).isEqualTo(137);
            assertThat(server.events(SupervisorEvent.WorkerExited.class))
                    .anyMatch(e -> e.workerId() == victim.id() && !e.expected() && e.cause() == ExitCause.CRASHED);
        }
    }

    @Test
    void aWorkerThatKeepsFailingStartupIsBackedOffThenLeftAloneAsACrashLoop() throws Exception {
        try (SupervisedServer server = SupervisedServer.start(
                1,
                b -> b.set(AppOptions.APP, "dev.wharf.testapps.SlowApp:failingStartup")
                        .lifespan(LifespanMode.ON))) {
            SupervisorEvent.CrashLoop loop =
                    server.awaitEvent(SupervisorEvent.CrashLoop.class, e -> true, Duration.ofMinutes(2));

            assertThat(loop.failures()).isEqualTo(5);
            assertThat(loop.lastLines()).anyMatch(line -> line.contains("cannot reach the database"));
            assertThat(server.events(SupervisorEvent.WorkerPhaseChanged.class))
                    .filteredOn(e -> e.phase() == LifespanPhase.FAILED)
                    .hasSize(5)
                    .allMatch(e -> "cannot reach the database".equals(e.message()));
            var replacements = server.events(SupervisorEvent.WorkerReplaced.class);
            assertThat(replacements)
                    .extracting(SupervisorEvent.WorkerReplaced::backoffMillis)
                    .containsExactly(250L, 500L, 1000L, 2000L);
            server.awaitEvent(SupervisorEvent.ServerFailed.class, e -> true, Duration.ofSeconds(5));
            assertThat(server.supervisor().snapshot().status()).isEqualTo(ServerStatus.FAILED);

            // not spun: a quiet period (what is checked) in which nothing more is spawned
            Thread.sleep(1_500);
            assertThat(server.events(SupervisorEvent.WorkerSpawned.class)).hasSize(5);
        }
    }

    @Test
    void aWorkerThatStopsAnsweringHealthChecksIsKilledAndReplaced() throws Exception {
        try (SupervisedServer server = SupervisedServer.start(
                        1, b -> b.set(WorkerOptions.TIMEOUT_WORKER_HEALTHCHECK, Duration.ofMillis(1500)))
                .awaitStarted(1)) {
            WorkerInfo hung = server.started().get(0);
            // SIGSTOP freezes the worker as a deadlock or a debugger would
            new ProcessBuilder("kill", "-STOP", Long.toString(hung.pid()))
                    .start()
                    .waitFor();

            server.awaitEvent(
                    SupervisorEvent.WorkerReplaced.class, e -> e.oldWorkerId() == hung.id(), Duration.ofSeconds(30));
            assertThat(server.supervisor().logs())
                    .anyMatch(line -> line.text().contains("did not answer its health check within 1.5 s"));
            server.awaitStarted(1);
            assertThat(server.started().get(0).pid()).isNotEqualTo(hung.pid());
        }
    }
}
