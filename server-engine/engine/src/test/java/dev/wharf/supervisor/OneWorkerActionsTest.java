package dev.wharf.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wharf.testing.SteadyClient;
import dev.wharf.testing.SupervisedServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the window does to one worker: a graceful restart of it, a kill; each exit says why it happened. */
class OneWorkerActionsTest {

    @Test
    void restartingOneWorkerDrainsItAndANewWorkerTakesItsSlotWithoutAFailedRequest() throws Exception {
        try (SupervisedServer server = SupervisedServer.start(2).awaitStarted(2);
                SteadyClient client = SteadyClient.start(server.port(), "/", 4)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> client.ok() > 50);
            WorkerInfo restarted = server.started().get(0);

            server.supervisor().restartWorker(restarted.id());

            SupervisorEvent.WorkerExited exited = server.awaitEvent(
                    SupervisorEvent.WorkerExited.class, e -> e.workerId() == restarted.id(), SupervisedServer.STARTUP);
            assertThat(exited.cause()).isEqualTo(ExitCause.RESTARTED);
            assertThat(exited.expected()).isTrue();
            SupervisorEvent.WorkerReplaced replaced = server.awaitEvent(
                    SupervisorEvent.WorkerReplaced.class,
                    e -> e.oldWorkerId() == restarted.id(),
                    SupervisedServer.STARTUP);
            assertThat(replaced.backoffMillis()).isZero();
            await().atMost(SupervisedServer.STARTUP)
                    .until(() -> server.started().stream()
                            .anyMatch(w -> w.id() == replaced.newWorkerId() && w.slot() == restarted.slot()));
            int okAfter = client.ok();
            await().atMost(Duration.ofSeconds(10)).until(() -> client.ok() > okAfter + 50);
            client.close();
            assertThat(client.failures()).isEmpty();
            assertThat(client.refused()).isZero();
        }
    }

    @Test
    void aKillAskedForIsToldApartFromACrash() throws Exception {
        try (SupervisedServer server = SupervisedServer.start(1).awaitStarted(1)) {
            WorkerInfo victim = server.started().get(0);

            server.supervisor().kill(victim.id());

            SupervisorEvent.WorkerExited exited = server.awaitEvent(
                    SupervisorEvent.WorkerExited.class, e -> e.workerId() == victim.id(), SupervisedServer.STARTUP);
            assertThat(exited.cause()).isEqualTo(ExitCause.KILLED);
            assertThat(exited.exitCode()).isEqualTo(137);
        }
    }
}
