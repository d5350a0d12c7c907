package dev.wharf.supervisor.process;

import static dev.wharf.supervisor.process.WorkerState.DRAINING;
import static dev.wharf.supervisor.process.WorkerState.EXITED;
import static dev.wharf.supervisor.process.WorkerState.FORCED;
import static dev.wharf.supervisor.process.WorkerState.RUNNING;
import static dev.wharf.supervisor.process.WorkerState.SPARE;
import static dev.wharf.supervisor.process.WorkerState.SPARE_DROPPED;
import static dev.wharf.supervisor.process.WorkerState.SPARE_READY;
import static dev.wharf.supervisor.process.WorkerState.STARTING;
import static dev.wharf.supervisor.process.WorkerState.STOPPING_ITSELF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;
import org.junit.jupiter.params.provider.MethodSource;

class WorkerStateTest {

    private static final Set<WorkerState> GENERATION_WORKERS_ALIVE =
            EnumSet.of(STARTING, RUNNING, STOPPING_ITSELF, DRAINING, FORCED);

    @Test
    void aWorkerGreetsThenIsDrainedThenExits() {
        assertThat(STARTING.greeted()).isEqualTo(RUNNING);
        assertThat(RUNNING.drained()).isEqualTo(DRAINING);
        assertThat(DRAINING.exited()).isEqualTo(EXITED);
    }

    @Test
    void aSpareThatGreetedIsRunningAsSoonAsItIsAdopted() {
        assertThat(SPARE.greeted()).isEqualTo(SPARE_READY);
        assertThat(SPARE_READY.adopted()).isEqualTo(RUNNING);
    }

    @Test
    void aSpareAdoptedBeforeItGreetedStartsLikeAnyWorker() {
        assertThat(SPARE.adopted()).isEqualTo(STARTING);
        assertThat(SPARE.adopted().greeted()).isEqualTo(RUNNING);
    }

    @Test
    void aSpareNotWantedIsDroppedWhetherOrNotItGreeted() {
        assertThat(SPARE.dropped()).isEqualTo(SPARE_DROPPED);
        assertThat(SPARE_READY.dropped()).isEqualTo(SPARE_DROPPED);
        assertThat(SPARE_DROPPED.greeted()).isEqualTo(SPARE_DROPPED);
    }

    @Test
    void aWorkerThatReportsItsShutdownUntoldIsStoppingItselfUntilDrained() {
        assertThat(RUNNING.stoppedItself()).isEqualTo(STOPPING_ITSELF);
        assertThat(STOPPING_ITSELF.drained()).isEqualTo(DRAINING);
    }

    static Set<WorkerState> generationWorkersAlive() {
        return GENERATION_WORKERS_ALIVE;
    }

    static Set<WorkerState> sparesAndExitedWorkers() {
        return EnumSet.complementOf(EnumSet.copyOf(GENERATION_WORKERS_ALIVE));
    }

    @ParameterizedTest
    @MethodSource("generationWorkersAlive")
    void anyLiveWorkerOfAGenerationCanBeDrainedOrForced(WorkerState state) {
        assertThat(state.drained()).isIn(DRAINING, FORCED);
        assertThat(state.forced()).isEqualTo(FORCED);
    }

    @Test
    void aDrainDoesNotSoftenAnOrderToStopAtOnce() {
        assertThat(FORCED.drained()).isEqualTo(FORCED);
        assertThat(DRAINING.forced()).isEqualTo(FORCED);
    }

    @Test
    void aHelloThatArrivesAfterTheWorkerWasToldToStopOrExitedChangesNothing() {
        assertThat(DRAINING.greeted()).isEqualTo(DRAINING);
        assertThat(FORCED.greeted()).isEqualTo(FORCED);
        assertThat(EXITED.greeted()).isEqualTo(EXITED);
    }

    @ParameterizedTest
    @EnumSource(mode = Mode.EXCLUDE, names = "EXITED")
    void everyStateButExitedCanExit(WorkerState state) {
        assertThat(state.exited()).isEqualTo(EXITED);
    }

    @Test
    void aWorkerExitsOnce() {
        assertImpossible(EXITED, WorkerState::exited);
    }

    @Test
    void aWorkerGreetsOnce() {
        assertImpossible(RUNNING, WorkerState::greeted);
        assertImpossible(SPARE_READY, WorkerState::greeted);
        assertImpossible(STOPPING_ITSELF, WorkerState::greeted);
    }

    @ParameterizedTest
    @EnumSource(
            mode = Mode.EXCLUDE,
            names = {"SPARE", "SPARE_READY"})
    void onlyALiveSpareCanBeAdoptedOrDropped(WorkerState state) {
        assertImpossible(state, WorkerState::adopted);
        assertImpossible(state, WorkerState::dropped);
    }

    @ParameterizedTest
    @MethodSource("sparesAndExitedWorkers")
    void sparesAndExitedWorkersCannotBeDrainedOrForced(WorkerState state) {
        assertImpossible(state, WorkerState::drained);
        assertImpossible(state, WorkerState::forced);
    }

    @ParameterizedTest
    @EnumSource(mode = Mode.EXCLUDE, names = "RUNNING")
    void onlyARunningWorkerCanStopByItself(WorkerState state) {
        assertImpossible(state, WorkerState::stoppedItself);
    }

    @Test
    void anExitIsExpectedOnlyWhenTheSupervisorAskedForIt() {
        assertThat(EnumSet.allOf(WorkerState.class))
                .filteredOn(WorkerState::toldToStop)
                .containsExactlyInAnyOrder(DRAINING, FORCED, SPARE_DROPPED);
    }

    @Test
    void sparesAreNoneOfTheServersWorkersAndOnlyExitedIsDead() {
        assertThat(EnumSet.allOf(WorkerState.class))
                .filteredOn(WorkerState::spare)
                .containsExactlyInAnyOrder(SPARE, SPARE_READY, SPARE_DROPPED);
        assertThat(EnumSet.allOf(WorkerState.class))
                .filteredOn(state -> !state.alive())
                .containsExactly(EXITED);
    }

    private static void assertImpossible(WorkerState from, UnaryOperator<WorkerState> transition) {
        assertThatThrownBy(() -> transition.apply(from))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(from.name());
    }
}
