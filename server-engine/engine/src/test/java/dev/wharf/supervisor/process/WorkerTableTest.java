package dev.wharf.supervisor.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.config.Settings;
import dev.wharf.control.LifespanPhase;
import dev.wharf.supervisor.WorkerInfo;
import org.junit.jupiter.api.Test;

class WorkerTableTest {

    private final WorkerTable table = new WorkerTable();

    @Test
    void aReplacementTakesItsDeadPredecessorsPlaceInTheSlot() {
        WorkerHandle dead = worker(1, 0, 1);
        dead.exited(137);
        table.add(dead);
        table.add(worker(2, 1, 1));

        table.add(worker(3, 0, 1));

        assertThat(table.infos()).extracting(WorkerInfo::id).containsExactly(3, 2);
    }

    @Test
    void aNewGenerationsWorkerDoesNotPushOutAnOlderOneStillAlive() {
        table.add(worker(1, 0, 1));

        table.add(worker(2, 0, 2));

        assertThat(table.alive()).extracting(w -> w.id).containsExactly(1, 2);
        assertThat(table.aliveOf(2)).extracting(w -> w.id).containsExactly(2);
    }

    @Test
    void aGenerationHasStartedOnlyWhenEnoughOfItsWorkersAllStarted() {
        WorkerHandle first = worker(1, 0, 2);
        WorkerHandle second = worker(2, 1, 2);
        table.add(first);
        table.add(second);
        first.phaseReported(LifespanPhase.STARTED, null);

        assertThat(table.started(2, 2)).isFalse();
        second.phaseReported(LifespanPhase.STARTED, null);
        assertThat(table.started(2, 2)).isTrue();
        assertThat(table.started(2, 3)).isFalse();
    }

    @Test
    void theSnapshotListsWorkersBySlotThenId() {
        table.add(worker(5, 1, 1));
        table.add(worker(4, 0, 2));
        table.add(worker(3, 0, 1));

        assertThat(table.infos()).extracting(WorkerInfo::id).containsExactly(3, 4, 5);
    }

    private static WorkerHandle worker(int id, int slot, int generation) {
        return new WorkerHandle(
                id, slot, generation, "token", 0, null, Settings.defaults(), Runnable::run, (w, m) -> {}, w -> {});
    }
}
