package dev.wharf.supervisor.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.WorkerOptions;
import dev.wharf.control.LifespanPhase;
import org.junit.jupiter.api.Test;

class WorkerHandleTest {

    @Test
    void aWorkerOfAGenerationStartsAsStartingAndASpareAsSpare() {
        assertThat(worker().state()).isEqualTo(WorkerState.STARTING);
        assertThat(spare().state()).isEqualTo(WorkerState.SPARE);
    }

    @Test
    void aRunningWorkerThatReportsShuttingDownUntoldIsStoppingItself() {
        WorkerHandle handle = greeted(worker());

        handle.phaseReported(LifespanPhase.SHUTTING_DOWN, null);

        assertThat(handle.state()).isEqualTo(WorkerState.STOPPING_ITSELF);
    }

    @Test
    void aDrainedWorkerReportingShuttingDownIsStillDraining() {
        WorkerHandle handle = greeted(worker());
        handle.drained();

        handle.phaseReported(LifespanPhase.SHUTTING_DOWN, null);

        assertThat(handle.state()).isEqualTo(WorkerState.DRAINING);
    }

    @Test
    void aFailedWorkerKeepsShowingWhyItFailedOnceItStops() {
        WorkerHandle handle = greeted(worker());
        handle.phaseReported(LifespanPhase.FAILED, "cannot reach the database");

        boolean shown = handle.phaseReported(LifespanPhase.STOPPED, null);
        handle.exited(3);

        assertThat(shown).isFalse();
        assertThat(handle.info().phase()).isEqualTo(LifespanPhase.FAILED);
        assertThat(handle.info().message()).isEqualTo("cannot reach the database");
    }

    @Test
    void anExitSaysWhatTheWorkerWasDoingAndShowsItStoppedWithItsCode() {
        WorkerHandle handle = greeted(worker());
        handle.phaseReported(LifespanPhase.STARTED, null);
        handle.forced();

        WorkerState before = handle.exited(137);

        assertThat(before).isEqualTo(WorkerState.FORCED);
        assertThat(before.toldToStop()).isTrue();
        assertThat(handle.alive()).isFalse();
        assertThat(handle.hasStarted()).isTrue();
        assertThat(handle.info().phase()).isEqualTo(LifespanPhase.STOPPED);
        assertThat(handle.info().lastExitCode()).isEqualTo(137);
    }

    @Test
    void aWorkerWhoseProcessCouldNotStartIsShownFailedAndDead() {
        WorkerHandle handle = worker();

        handle.couldNotLaunch("could not start the worker process: no java");

        assertThat(handle.alive()).isFalse();
        assertThat(handle.info().phase()).isEqualTo(LifespanPhase.FAILED);
        assertThat(handle.info().message()).isEqualTo("could not start the worker process: no java");
        assertThat(handle.info().lastExitCode()).isEqualTo(-1);
    }

    @Test
    void anAdoptedSpareTakesItsSlotGenerationAndSettings() {
        WorkerHandle handle = spare();
        Settings settings = Settings.defaults().with(WorkerOptions.WORKERS, 3);

        handle.adopted(2, 7, settings);

        assertThat(handle.state()).isEqualTo(WorkerState.STARTING);
        assertThat(handle.slot()).isEqualTo(2);
        assertThat(handle.generation()).isEqualTo(7);
        assertThat(handle.settings()).isSameAs(settings);
    }

    @Test
    void anImpossibleTransitionLeavesTheWorkerAsItWas() {
        WorkerHandle handle = worker();
        handle.exited(1);

        assertThatThrownBy(handle::drained).isInstanceOf(IllegalStateException.class);
        assertThat(handle.state()).isEqualTo(WorkerState.EXITED);
    }

    @Test
    void onlyTheAnswerToThePendingPingClearsIt() {
        WorkerHandle handle = worker();
        handle.pingSent(4, 100);

        handle.pongReceived(3);
        assertThat(handle.pendingPing()).isEqualTo(4);
        handle.pongReceived(4);
        assertThat(handle.pendingPing()).isZero();
    }

    private static WorkerHandle greeted(WorkerHandle handle) {
        handle.greeted("25");
        return handle;
    }

    private static WorkerHandle worker() {
        return new WorkerHandle(1, 0, 1, "token", 0, null, Settings.defaults(), Runnable::run, (w, m) -> {}, w -> {});
    }

    private static WorkerHandle spare() {
        return new WorkerHandle(2, -1, 0, "token", 0, null, null, Runnable::run, (w, m) -> {}, w -> {});
    }
}
