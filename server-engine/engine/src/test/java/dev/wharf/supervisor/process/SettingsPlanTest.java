package dev.wharf.supervisor.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.ReloadOptions;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.config.catalog.TimeoutOptions;
import dev.wharf.config.catalog.WorkerOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SettingsPlanTest {

    private final Settings running = Settings.defaults();

    @Test
    void aLiveSettingTakesEffectNowAndReachesTheWorkers() {
        Settings next = running.with(TimeoutOptions.TIMEOUT_KEEP_ALIVE, Duration.ofSeconds(9));

        SettingsPlan plan = SettingsPlan.of(running, running, next);

        assertThat(plan.applied()).containsExactly(TimeoutOptions.TIMEOUT_KEEP_ALIVE);
        assertThat(plan.needRestart()).isEmpty();
        assertThat(plan.running().get(TimeoutOptions.TIMEOUT_KEEP_ALIVE)).isEqualTo(Duration.ofSeconds(9));
        assertThat(plan.reachesWorkers()).isTrue();
        assertThat(plan.scales()).isFalse();
    }

    @Test
    void aRestartOnlySettingWaitsAndTheServerKeepsRunningItsOldValue() {
        Settings next = running.with(ServerOptions.PORT, 9999);

        SettingsPlan plan = SettingsPlan.of(running, running, next);

        assertThat(plan.applied()).isEmpty();
        assertThat(plan.needRestart()).containsExactly(ServerOptions.PORT);
        assertThat(plan.running().get(ServerOptions.PORT)).isEqualTo(running.get(ServerOptions.PORT));
        assertThat(SettingsPlan.pendingRestart(plan.running(), next)).containsExactly(ServerOptions.PORT);
    }

    @Test
    void theWorkerCountIsLeftToScalingNotCopiedIntoTheRunningSettings() {
        Settings next = running.with(WorkerOptions.WORKERS, 3);

        SettingsPlan plan = SettingsPlan.of(running, running, next);

        assertThat(plan.scales()).isTrue();
        assertThat(plan.reachesWorkers()).isFalse();
        assertThat(plan.running().get(WorkerOptions.WORKERS)).isEqualTo(running.get(WorkerOptions.WORKERS));
    }

    @Test
    void onlyWhatChangedSinceTheLastRequestCountsNotWhatStillWaitsForARestart() {
        Settings desired = running.with(ServerOptions.PORT, 9999);
        Settings next = desired.with(ReloadOptions.RELOAD_DELAY, Duration.ofMillis(300));

        SettingsPlan plan = SettingsPlan.of(running, desired, next);

        assertThat(plan.applied()).containsExactly(ReloadOptions.RELOAD_DELAY);
        assertThat(plan.needRestart()).isEmpty();
        assertThat(plan.changesReload()).isTrue();
    }
}
