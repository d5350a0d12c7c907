package dev.wharf.supervisor.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.config.catalog.TlsOptions;
import dev.wharf.control.ControlMessage;
import dev.wharf.control.LifespanPhase;
import dev.wharf.control.WorkerStats;
import dev.wharf.supervisor.SupervisorEvent;
import dev.wharf.supervisor.SupervisorSnapshot;
import dev.wharf.worker.WorkerEnvironment;
import dev.wharf.worker.WorkerEnvironment.TlsHint;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** What a worker says is acted on only once it has proved who it is. */
class WorkerLifecycleTest {

    private final List<SupervisorEvent> events = new CopyOnWriteArrayList<>();

    private WorkerLifecycle lifecycle() {
        Announcer announcer = new Announcer(new LogBuffer(100, 4), false, () -> SupervisorSnapshot.STOPPED);
        announcer.subscribe(events::add);
        return new WorkerLifecycle(
                new SupervisorLoop(),
                new ServerRun(Settings.defaults()),
                announcer,
                new LogBuffer(100, 4),
                listener -> null,
                new WorkerLifecycle.Listener() {
                    @Override
                    public void servingWorkerStarted() {}

                    @Override
                    public void rollingWorkerStarted() {}

                    @Override
                    public void rollingWorkerFailed(String why) {}

                    @Override
                    public void spareExited(WorkerHandle spare) {}

                    @Override
                    public void lastWorkerStopped() {}
                });
    }

    private static WorkerHandle worker() {
        return new WorkerHandle(1, 0, 1, "token", 0, null, Settings.defaults(), Runnable::run, (w, m) -> {}, w -> {});
    }

    private static WorkerStats stats(int connections) {
        return new WorkerStats(
                Instant.now(),
                connections,
                connections,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                -1,
                -1,
                -1,
                List.of(),
                List.of(),
                List.of(),
                0,
                0,
                0);
    }

    @Test
    void statsAndPhasesBeforeTheHelloAreIgnored() {
        WorkerLifecycle lifecycle = lifecycle();
        WorkerHandle handle = worker();

        lifecycle.onMessage(handle, new ControlMessage.Stats(stats(7)));
        lifecycle.onMessage(handle, new ControlMessage.Phase(LifespanPhase.STARTED, null));

        assertThat(handle.info().stats().activeConnections()).isZero();
        assertThat(handle.info().phase()).isNotEqualTo(LifespanPhase.STARTED);
        assertThat(events).noneMatch(e -> e instanceof SupervisorEvent.WorkerStatsChanged);
    }

    @Test
    void aHelloWithTheWrongTokenLeavesTheWorkerUnheard() {
        WorkerLifecycle lifecycle = lifecycle();
        WorkerHandle handle = worker();

        lifecycle.onMessage(handle, new ControlMessage.Hello(1, "guessed", 42, 1, "25"));
        lifecycle.onMessage(handle, new ControlMessage.Stats(stats(7)));

        assertThat(handle.hasGreeted()).isFalse();
        assertThat(handle.info().stats().activeConnections()).isZero();
    }

    @Test
    void aSpareIsToldWhetherTheServerSpeaksTlsAndOffersHttp2ButNotItsFiles() {
        Settings plain = Settings.defaults().with(AppOptions.APP, "hello");
        Settings tls = plain.with(TlsOptions.SSL_KEYFILE, Path.of("secret/key.pem"))
                .with(TlsOptions.SSL_CERTFILE, Path.of("secret/cert.pem"))
                .with(TlsOptions.SSL_KEYFILE_PASSWORD, "hunter2");

        assertThat(WorkerLifecycle.appHint(plain).tls()).isEqualTo(TlsHint.NONE);
        assertThat(WorkerLifecycle.appHint(tls).tls()).isEqualTo(TlsHint.HTTP2);
        assertThat(WorkerLifecycle.appHint(tls.with(ServerOptions.HTTP2, false)).tls())
                .isEqualTo(TlsHint.HTTP1);
        assertThat(WorkerLifecycle.appHint(plain.with(TlsOptions.SSL_DEV, true)).tls())
                .isEqualTo(TlsHint.HTTP2);
        assertThat(new WorkerEnvironment(Path.of("control.sock"), "token", 1, 0, true, WorkerLifecycle.appHint(tls))
                        .toMap()
                        .values())
                .noneMatch(value -> value.contains("secret/") || value.contains("hunter2"));
    }
}
