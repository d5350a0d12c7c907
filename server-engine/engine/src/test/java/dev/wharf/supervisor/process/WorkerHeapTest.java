package dev.wharf.supervisor.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.WorkerOptions;
import dev.wharf.config.setting.Environment;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkerHeapTest {

    private static final long GIB = 1024L * 1024 * 1024;

    private static Settings development(int workers) {
        return Settings.defaults()
                .with(AppOptions.ENVIRONMENT, Environment.DEVELOPMENT)
                .with(WorkerOptions.WORKERS, workers);
    }

    @Test
    void aDevelopmentWorkerTakesAtMost512MegabytesHoweverLargeTheMachine() {
        assertThat(WorkerHeap.flag(development(1), 64 * GIB)).isEqualTo("-Xmx512m");
    }

    @Test
    void workersShareHalfOfASmallMachinesMemory() {
        assertThat(WorkerHeap.flag(development(4), 2 * GIB)).isEqualTo("-Xmx256m");
    }

    @Test
    void productionWorkersShareHalfOfTheMemoryWithoutTheDevelopmentCap() {
        Settings production = development(4).with(AppOptions.ENVIRONMENT, Environment.PRODUCTION);

        assertThat(WorkerHeap.flag(production, 16 * GIB)).isEqualTo("-Xmx2048m");
    }

    @Test
    void autoNeverGoesBelowWhatAJvmNeedsToLoadAnApp() {
        assertThat(WorkerHeap.flag(development(64), GIB)).isEqualTo("-Xmx64m");
    }

    @Test
    void aSizeGivenByTheUserIsTakenAsItIs() {
        Settings settings = development(8).with(WorkerOptions.WORKER_MAX_HEAP, "3G");

        assertThat(WorkerHeap.flag(settings, 4 * GIB)).isEqualTo("-Xmx3g");
    }

    @Test
    void anXmxAmongTheUsersJvmOptionsComesLastSoItWins() {
        Settings settings = development(2).with(WorkerOptions.WORKER_JVM_OPTIONS, List.of("-Xmx1g"));

        List<String> options = WorkerLauncher.jvmOptions(settings, 8 * GIB);

        assertThat(options).containsSubsequence("-Xmx512m", "-Xmx1g");
    }
}
