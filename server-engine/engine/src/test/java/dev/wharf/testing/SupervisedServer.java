package dev.wharf.testing;

import static org.awaitility.Awaitility.await;

import dev.wharf.config.Config;
import dev.wharf.config.Settings;
import dev.wharf.config.catalog.WorkerOptions;
import dev.wharf.control.LifespanPhase;
import dev.wharf.supervisor.Supervisor;
import dev.wharf.supervisor.SupervisorEvent;
import dev.wharf.supervisor.WorkerInfo;
import dev.wharf.supervisor.process.Supervisors;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A real supervisor with real worker processes on a free loopback port, recording every event,
 * for tests: {@code try (var server = SupervisedServer.start(2))}. Closing it stops the workers and
 * waits for them.
 */
public final class SupervisedServer implements AutoCloseable {

    public static final Duration STARTUP = Duration.ofSeconds(60);
    public static final String APP = "dev.wharf.testapps.StatefulApp:app";

    private final Supervisor supervisor;
    private final List<SupervisorEvent> events = new CopyOnWriteArrayList<>();

    private SupervisedServer(Settings settings) {
        supervisor = Supervisors.create(settings);
        supervisor.subscribe(events::add);
    }

    /** Starts {@code workers} workers of {@link #APP} and waits until they serve. */
    public static SupervisedServer start(int workers) throws Exception {
        return start(workers, b -> b);
    }

    public static SupervisedServer start(int workers, UnaryOperator<Config.Builder> settings) throws Exception {
        Config config = settings.apply(
                        Config.builder(APP).port(0).accessLog(false).set(WorkerOptions.WORKERS, workers))
                .build();
        SupervisedServer server = new SupervisedServer(config.settings());
        server.supervisor.start();
        return server;
    }

    /** Waits until {@code count} workers of the serving generation have started. */
    public SupervisedServer awaitStarted(int count) {
        await().atMost(STARTUP).until(() -> started().size() == count);
        return this;
    }

    public List<WorkerInfo> started() {
        return supervisor.snapshot().workers().stream()
                .filter(w -> w.phase() == LifespanPhase.STARTED)
                .toList();
    }

    public Supervisor supervisor() {
        return supervisor;
    }

    public List<SupervisorEvent> events() {
        return List.copyOf(events);
    }

    public <E extends SupervisorEvent> List<E> events(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public <E extends SupervisorEvent> E awaitEvent(Class<E> type, Predicate<E> matching, Duration timeout) {
        await().atMost(timeout).until(() -> events(type).stream().anyMatch(matching));
        return events(type).stream().filter(matching).findFirst().orElseThrow();
    }

    public int port() {
        String address = supervisor.snapshot().address();
        return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
    }

    @Override
    public void close() throws Exception {
        try {
            supervisor.stop().get(60, TimeUnit.SECONDS);
        } finally {
            supervisor.close();
        }
    }
}
