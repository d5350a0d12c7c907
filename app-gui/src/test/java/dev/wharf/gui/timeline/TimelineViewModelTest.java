package dev.wharf.gui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.supervisor.ReloadDecision;
import dev.wharf.supervisor.ReloadReport;
import dev.wharf.supervisor.SupervisorEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineViewModelTest {

    @Test
    void aHotSwapSaysWhichClassesEachWorkerRedefinedAndThatAppStateWasKept() {
        ReloadDecision swapped = new ReloadDecision(
                ReloadDecision.Kind.SWAPPED,
                null,
                2,
                List.of("demo.Greeting"),
                List.of(
                        new ReloadDecision.WorkerSwap(1, 101, Duration.ofMillis(3), 1),
                        new ReloadDecision.WorkerSwap(2, 102, Duration.ofMillis(4), 1)),
                Duration.ofMillis(5));

        TimelineEntry entry = TimelineViewModel.entryFor(reloaded(swapped));

        assertThat(entry.kind()).isEqualTo(TimelineEntry.Kind.RELOAD);
        assertThat(entry.title()).startsWith("Hot-swapped 1 class in ").endsWith("app.state kept");
        assertThat(entry.detail())
                .contains("Changed: demo/Greeting.java")
                .contains("Classes changed: demo.Greeting")
                .contains("Why no restart: only method bodies changed")
                .contains("Worker 1: 1 redefined in")
                .contains("Worker 2: 1 redefined in");
    }

    @Test
    void aRollSaysWhyItCouldNotSwap() {
        ReloadDecision rolled = ReloadDecision.rolled(
                "`Greeting` gained a field `suffix`: a field cannot be added to a loaded class",
                2,
                List.of("demo.Greeting"));

        TimelineEntry entry = TimelineViewModel.entryFor(reloaded(rolled));

        assertThat(entry.title()).startsWith("Reloaded in ").endsWith("new generation");
        assertThat(entry.detail())
                .contains("Why a new generation: `Greeting` gained a field `suffix`: "
                        + "a field cannot be added to a loaded class");
    }

    private static SupervisorEvent.Reloaded reloaded(ReloadDecision decision) {
        return new SupervisorEvent.Reloaded(
                Instant.now(),
                new ReloadReport(
                        List.of("demo/Greeting.java"),
                        Duration.ofMillis(120),
                        Duration.ZERO,
                        Duration.ofMillis(140),
                        ReloadReport.Outcome.RELOADED,
                        List.of(),
                        null,
                        decision));
    }
}
