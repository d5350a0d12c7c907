package dev.wharf.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.config.catalog.TimeoutOptions;
import dev.wharf.config.setting.LifespanMode;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.SteadyClient;
import dev.wharf.testing.SupervisedServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Changes to a running server: scaling, settings and new generations, none of which may fail a request. */
class ScalingAndRestartTest {

    @Test
    void scalingOneToThreeToOneUnderASteadyClientFailsNoRequest() throws Exception {
        try (SupervisedServer server = SupervisedServer.start(1).awaitStarted(1);
                SteadyClient client = SteadyClient.start(server.port(), "/", 3)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> client.ok() > 30);
            server.supervisor().scale(3);
            server.awaitStarted(3);
            int before = client.ok();
            await().atMost(Duration.ofSeconds(10)).until(() -> client.ok() > before + 30);

            server.supervisor().scale(1);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> server.supervisor().snapshot().workers().size() == 1);
            int after = client.ok();
            await().atMost(Duration.ofSeconds(10)).until(() -> client.ok() > after + 30);
            client.close();

            assertThat(client.refused()).isZero();
            assertThat(client.failures()).isEmpty();
            assertThat(server.events(SupervisorEvent.Scaled.class))
                    .extracting(SupervisorEvent.Scaled::to)
                    .containsExactly(3, 1);
            assertThat(server.events(SupervisorEvent.WorkerExited.class))
                    .hasSize(2)
                    .allMatch(SupervisorEvent.WorkerExited::expected);
        }
    }

    @Test
    void aRestartRollsANewGenerationWithoutFailingARequest() throws Exception {
        try (SupervisedServer server = SupervisedServer.start(2).awaitStarted(2);
                SteadyClient client = SteadyClient.start(server.port(), "/", 3)) {
            var before = server.started();
            GenerationOutcome outcome = server.supervisor().restart().get();
            assertThat(outcome.rolled()).isTrue();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> server.supervisor().snapshot().workers().size() == 2);
            int rolled = client.ok();
            await().atMost(Duration.ofSeconds(10)).until(() -> client.ok() > rolled + 30);
            client.close();

            assertThat(server.started())
                    .allMatch(w -> w.generation() == outcome.generation())
                    .extracting(WorkerInfo::pid)
                    .doesNotContainAnyElementsOf(
                            before.stream().map(WorkerInfo::pid).toList());
            assertThat(client.refused()).isZero();
            assertThat(client.failures()).isEmpty();
        }
    }

    @Test
    void aNewGenerationThatFailsStartupLeavesTheOldOneServing() throws Exception {
        try (SupervisedServer server = SupervisedServer.start(1).awaitStarted(1)) {
            WorkerInfo serving = server.started().get(0);
            Settings broken = server.supervisor()
                    .settings()
                    .with(AppOptions.APP, "dev.wharf.testapps.SlowApp:failingStartup")
                    .with(AppOptions.LIFESPAN, LifespanMode.ON);
            assertThat(server.supervisor().applySettings(broken).needRestart()).contains(AppOptions.APP);

            GenerationOutcome outcome = server.supervisor().restart().get();

            assertThat(outcome.rolled()).isFalse();
            assertThat(outcome.message()).contains("cannot reach the database");
            assertThat(server.started()).extracting(WorkerInfo::pid).containsExactly(serving.pid());
            assertThat(SupervisorTest.get(server.port(), "/pid")).isEqualTo(Long.toString(serving.pid()));
            assertThat(server.events(SupervisorEvent.GenerationFailed.class)).hasSize(1);
        }
    }

    @Test
    void liveSettingsReachEveryWorkerAndRestartSettingsWait() throws Exception {
        try (SupervisedServer server = SupervisedServer.start(2).awaitStarted(2)) {
            Settings next = server.supervisor()
                    .settings()
                    .with(TimeoutOptions.TIMEOUT_KEEP_ALIVE, Duration.ofMillis(300))
                    .with(ServerOptions.SERVER_HEADER, false);

            SettingsChange change = server.supervisor().applySettings(next);

            assertThat(change.applied()).containsExactly(TimeoutOptions.TIMEOUT_KEEP_ALIVE);
            assertThat(change.needRestart()).containsExactly(ServerOptions.SERVER_HEADER);
            assertThat(server.supervisor().snapshot().pendingRestart()).containsExactly(ServerOptions.SERVER_HEADER);
            for (int i = 0; i < 4; i++) {
                try (RawHttpClient client = RawHttpClient.connect(server.port())) {
                    var response =
                            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read();
                    assertThat(response.header("server")).contains("wharf");
                    // closed by the new keep-alive timeout, whichever worker took it
                    assertThat(client.isClosedByServer(5_000)).isTrue();
                }
            }
        }
    }
}
